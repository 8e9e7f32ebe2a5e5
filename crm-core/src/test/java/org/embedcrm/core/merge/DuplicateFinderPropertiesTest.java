package org.embedcrm.core.merge;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.embedcrm.core.merge.internal.Clusters;
import org.embedcrm.core.merge.internal.RecordNormaliser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("duplicate detection, for any records")
class DuplicateFinderPropertiesTest {

    private static final List<String> FIRST = nullable("Anna", "Ana", "anna", "Jan", "Jean", "John", "Jon",
            "Élodie", "Elodie", "Peeters");
    private static final List<String> LAST = nullable("Peeters", "Peters", "Smith", "Smyth", "Müller", "Muller",
            "Anna", "Janssens");
    private static final List<String> EMAILS = nullable("anna@acme.be", "Anna+crm@ACME.be", "jan@gmail.com",
            "jan@gmial.com", "05/31/15");
    private static final List<String> PHONES = nullable("0470 12 34 56", "+32470123456", "0470 12 34 57", "12");
    private static final List<LocalDate> BIRTHS = nullable(LocalDate.of(1980, 1, 2), LocalDate.of(1980, 2, 1),
            LocalDate.of(1981, 1, 2), LocalDate.of(1999, 12, 31));
    private static final List<String> CITIES = nullable("Gent", "Gend", "Brussel", "Bruxelles");
    private static final List<String> COMPANIES = nullable("Acme NV", "ACME N.V.", "Globex GmbH");
    private static final int FIELDS = 8;
    private static final int POPULATIONS = 200;

    private final DuplicateFinder finder = DuplicateFinder.of(DuplicateCriteria.persons().withDefaultRegion("BE")
            .withBlockLimits(4, 2));

    @Test
    @DisplayName("scores a pair the same whichever record comes first")
    void symmetric() {
        qt().forAll(records("a"), records("b")).check((a, b) -> {
            MatchEvidence ab = finder.compare(a, b);
            MatchEvidence ba = finder.compare(b, a);
            return Math.abs(ab.score() - ba.score()) < 1e-9 && ab.isDuplicate() == ba.isDuplicate()
                    && ab.strongKeys().equals(ba.strongKeys()) && ab.namesSwapped() == ba.namesSwapped();
        });
    }

    @Test
    @DisplayName("never reports a record as its own duplicate when it is checked against a set that holds it")
    void neverItsOwnDuplicate() {
        qt().withExamples(POPULATIONS).forAll(population()).check(records -> records.stream().allMatch(record ->
                finder.duplicatesOf(record, DuplicateCandidates.inMemory(records, finder)).stream()
                        .noneMatch(pair -> pair.second().equals(record.id()))));
    }

    @Test
    @DisplayName("puts each record in at most one cluster, with every record it was paired with")
    void clustersPartitionPairs() {
        qt().withExamples(POPULATIONS).forAll(population()).check(records -> {
            DuplicateReport report = finder.find(records);
            Map<MatchRecordId, DuplicateCluster> clusterOf = new HashMap<>();
            for (DuplicateCluster cluster : report.clusters()) {
                for (MatchRecordId member : cluster.members()) {
                    if (clusterOf.put(member, cluster) != null) {
                        return false;
                    }
                }
            }
            return report.pairs().stream()
                    .allMatch(pair -> Objects.equals(clusterOf.get(pair.first()), clusterOf.get(pair.second()))
                            && clusterOf.containsKey(pair.first()));
        });
    }

    @Test
    @DisplayName("with a cluster margin, clusters join exactly the pairs that share a strong key or score that far"
            + " above the threshold")
    void clusterMargin() {
        qt().withExamples(POPULATIONS).forAll(population(), integers().between(0, 8)).check((records, margin) -> {
            DuplicateFinder strict = DuplicateFinder.of(finder.criteria().withClusterMargin(margin));
            DuplicateReport report = strict.find(records);
            Clusters expected = new Clusters();
            report.pairs().stream().filter(pair -> !pair.evidence().strongKeys().isEmpty()
                            || pair.score() >= strict.criteria().threshold() + margin)
                    .forEach(pair -> expected.join(pair.first(), pair.second()));
            return report.pairs().equals(finder.find(records).pairs())
                    && report.clusters().equals(expected.clusters());
        });
    }

    @Test
    @DisplayName("scores each pair at most once, and never more pairs than there are")
    void eachPairAtMostOnce() {
        qt().withExamples(POPULATIONS).forAll(population()).check(records -> {
            DuplicateReport report = finder.find(records);
            long pairs = report.pairs().stream().map(pair -> List.of(pair.first(), pair.second())).distinct().count();
            return pairs == report.pairs().size()
                    && report.comparisons() <= (long) records.size() * (records.size() - 1) / 2;
        });
    }

    @Test
    @DisplayName("finds the same pairs, with the same scores, whatever the order of the records")
    void orderIndependent() {
        qt().withExamples(POPULATIONS).forAll(population()).check(records -> {
            List<MatchRecord> reversed = new ArrayList<>(records);
            Collections.reverse(reversed);
            return finder.find(records).pairs().equals(finder.find(reversed).pairs());
        });
    }

    @Test
    @DisplayName("finds the same pairs, with as many comparisons, when oversized blocks come in sorted slices")
    void slicedOversizedBlocks() {
        qt().withExamples(POPULATIONS).forAll(population(), integers().between(1, 5)).check((records, slice) -> {
            DuplicateReport whole = finder.find(records);
            DuplicateReport sliced = finder.find(new SlicingCandidates(
                    DuplicateCandidates.inMemory(records, finder), finder, slice));
            return whole.pairs().equals(sliced.pairs()) && whole.comparisons() == sliced.comparisons();
        });
    }

    @Test
    @DisplayName("a sweep hands over, once each, the pairs a search reports, with the same clusters and comparisons")
    void sweepHandsOverWhatFindReports() {
        qt().withExamples(POPULATIONS).forAll(population()).check(records -> {
            DuplicateReport report = finder.find(records);
            List<DuplicatePair> handed = new ArrayList<>();
            DuplicateSweep sweep = finder.sweep(DuplicateCandidates.inMemory(records, finder), handed::add);
            return handed.size() == report.pairs().size() && Set.copyOf(handed).equals(Set.copyOf(report.pairs()))
                    && sweep.pairs() == handed.size() && sweep.clusters().equals(report.clusters())
                    && sweep.comparisons() == report.comparisons();
        });
    }

    @Test
    @DisplayName("gives a record the sort key its normalised values have, the order the search sorts windows by")
    void sortKeyOfNormalisedRecord() {
        RecordNormaliser normaliser = new RecordNormaliser(finder.criteria().fields(),
                finder.criteria().defaultRegion());
        qt().forAll(records("a")).check(record -> finder.sortKey(record)
                .equals(normaliser.normalise(record).sortKey()));
    }

    @Test
    @DisplayName("gives a record the same blocking keys however often it is asked")
    void stableKeys() {
        qt().forAll(records("a")).check(record -> finder.blockingKeys(record).equals(finder.blockingKeys(
                new MatchRecord(record.id(), record.firstName(), record.lastName(), record.name(),
                        record.companyName(), record.emails(), record.phones(), record.vatNumber(), record.address(),
                        record.dateOfBirth()))));
    }

    private static Gen<MatchRecord> records(String id) {
        return lists().of(integers().between(0, 99)).ofSize(FIELDS).map(choices -> record(id, choices));
    }

    private static Gen<List<MatchRecord>> population() {
        return lists().of(lists().of(integers().between(0, 99)).ofSize(FIELDS)).ofSizeBetween(0, 12)
                .map(all -> {
                    List<MatchRecord> records = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        records.add(record("r" + i, all.get(i)));
                    }
                    return records;
                });
    }

    /** A store's candidates that hand over each oversized block in slices of a given size, in sort-key order. */
    private record SlicingCandidates(DuplicateCandidates source, DuplicateFinder finder, int slice)
            implements DuplicateCandidates {

        @Override
        public Stream<CandidateBlock> blocks() {
            Set<BlockingKey> oversized = keysSharedByMoreThan(finder.criteria().maxBlockSize());
            return source.blocks().flatMap(block -> oversized.contains(block.key()) ? slices(block)
                    : Stream.of(block));
        }

        private Stream<CandidateBlock> slices(CandidateBlock block) {
            List<MatchRecord> sorted = block.records().stream().sorted(Comparator.comparing(finder::sortKey))
                    .toList();
            return IntStream.iterate(0, from -> from < sorted.size(), from -> from + slice)
                    .mapToObj(from -> new CandidateBlock(block.key(),
                            sorted.subList(from, Math.min(sorted.size(), from + slice))));
        }

        @Override
        public Set<BlockingKey> keysSharedByMoreThan(int count) {
            return source.keysSharedByMoreThan(count);
        }

        @Override
        public List<MatchRecord> sharing(BlockingKey key, int limit) {
            return source.sharing(key, limit);
        }
    }

    private static MatchRecord record(String id, List<Integer> choices) {
        return MatchRecord.person(MatchRecordId.of(id), pick(FIRST, choices, 0), pick(LAST, choices, 1))
                .withEmails(pick(EMAILS, choices, 2))
                .withPhones(pick(PHONES, choices, 3))
                .withDateOfBirth(pick(BIRTHS, choices, 4))
                .withAddress(MatchAddress.of(null, null, pick(CITIES, choices, 5), null))
                .withCompanyName(pick(COMPANIES, choices, 6));
    }

    private static <T> T pick(List<T> values, List<Integer> choices, int field) {
        return values.get(choices.get(field) % values.size());
    }

    @SafeVarargs
    private static <T> List<T> nullable(T... values) {
        List<T> list = new ArrayList<>(List.of(values));
        list.add(null);
        return list;
    }
}
