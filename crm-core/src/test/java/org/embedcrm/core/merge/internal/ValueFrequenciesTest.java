package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.MatchAddress;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("how common a value is")
class ValueFrequenciesTest {

    private static final List<String> SURNAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet");
    private static final DuplicateFinder FINDER = DuplicateFinder.of(DuplicateCriteria.persons());

    @Test
    @DisplayName("adds points to an agreement on a rare last name, takes them from one on the commonest")
    void rareAndCommon() {
        List<MatchRecord> people = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            people.add(person(i, "Peeters", null));
        }
        people.add(person(64, "Vanderauwera", null));
        people.add(person(65, "Vanderauwera", null));

        ValueFrequencies frequencies = ValueFrequencies.of(DuplicateCandidates.inMemory(people, FINDER));

        assertThat(frequencies.adjustment("last:" + Phonetics.code("vanderauwera"))).isPositive();
        assertThat(frequencies.adjustment("last:" + Phonetics.code("peeters"))).isNegative();
        assertThat(frequencies.adjustment("same:dob:1985-03-02")).isZero();
        assertThat(ValueFrequencies.none().adjustment("last:" + Phonetics.code("peeters"))).isZero();
    }

    @Test
    @DisplayName("adjusts agreements on first names and cities as on last names, with one query for the last names"
            + " and one for the rest")
    void firstNamesAndCities() {
        List<MatchRecord> people = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            people.add(person(i, "Peeters" + i, null).withAddress(MatchAddress.of(null, null, "London", null)));
        }
        people.add(person(64, "Maes", null).withFirstName("Reuben")
                .withAddress(MatchAddress.of(null, null, "Aberdeen", null)));
        people.add(person(65, "Claes", null).withFirstName("Reuben")
                .withAddress(MatchAddress.of(null, null, "Aberdeen", null)));
        List<String> prefixes = new ArrayList<>();
        DuplicateCandidates candidates = DuplicateCandidates.inMemory(people, FINDER);

        ValueFrequencies frequencies = ValueFrequencies.of(new DuplicateCandidates() {
            @Override
            public Stream<CandidateBlock> blocks() {
                return candidates.blocks();
            }

            @Override
            public Set<BlockingKey> keysSharedByMoreThan(int count) {
                return candidates.keysSharedByMoreThan(count);
            }

            @Override
            public Map<BlockingKey, Integer> blockSizes(String prefix) {
                prefixes.add(prefix);
                return candidates.blockSizes(prefix);
            }

            @Override
            public List<MatchRecord> sharing(BlockingKey key, int limit) {
                return candidates.sharing(key, limit);
            }
        });

        assertThat(prefixes).containsExactly("last:", "same:");
        assertThat(frequencies.adjustment("same:first:" + Phonetics.code("reuben"))).isPositive();
        assertThat(frequencies.adjustment("same:first:" + Phonetics.code("anna"))).isNegative();
        assertThat(frequencies.adjustment("same:city:aberdeen")).isPositive();
        assertThat(frequencies.adjustment("same:city:london")).isNegative();
    }

    @Test
    @DisplayName("never adjusts by more than two points, and never adds more for a value shared by more records")
    void boundedAndMonotonic() {
        qt().forAll(lists().of(integers().between(0, SURNAMES.size() - 1)).ofSizeBetween(2, 200)).check(choices -> {
            List<MatchRecord> people = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                people.add(person(i, SURNAMES.get(choices.get(i)), LocalDate.of(1980, 1, 1 + choices.get(i))));
            }
            ValueFrequencies frequencies = ValueFrequencies.of(DuplicateCandidates.inMemory(people, FINDER));
            for (int a = 0; a < SURNAMES.size(); a++) {
                for (int b = 0; b < SURNAMES.size(); b++) {
                    double left = frequencies.adjustment(key(SURNAMES.get(a)));
                    double right = frequencies.adjustment(key(SURNAMES.get(b)));
                    boolean moreCommon = count(choices, a) > 2 * count(choices, b) && count(choices, b) >= 2;
                    if (Math.abs(left) > 2 || moreCommon && left > right) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    private static String key(String surname) {
        return "last:" + Phonetics.code(Texts.fold(surname));
    }

    private static long count(List<Integer> choices, int surname) {
        return choices.stream().filter(choice -> choice == surname).count();
    }

    private static MatchRecord person(int id, String last, LocalDate born) {
        return MatchRecord.person(MatchRecordId.of(String.format("p%03d", id)), "Anna", last).withDateOfBirth(born);
    }
}
