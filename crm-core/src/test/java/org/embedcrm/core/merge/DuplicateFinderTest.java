package org.embedcrm.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.core.merge.MatchRecords.annaPeeters;
import static org.embedcrm.core.merge.MatchRecords.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("a duplicate finder")
class DuplicateFinderTest {

    private final DuplicateFinder finder = DuplicateFinder.of(DuplicateCriteria.persons().withDefaultRegion("BE"));

    private static MatchRecordId id(String value) {
        return MatchRecordId.of(value);
    }

    @Nested
    @DisplayName("clusters duplicates")
    class Clustering {

        @Test
        @DisplayName("joins transitive pairs into one cluster, even when its ends are no duplicates of each other")
        void transitivePairs() {
            MatchRecord a = MatchRecord.person(id("a"), "Anna", "Peeters").withEmails("anna@acme.be");
            MatchRecord b = MatchRecord.person(id("b"), "Anna", "Peeters").withEmails("anna@acme.be")
                    .withPhones("0470 12 34 56");
            MatchRecord c = MatchRecord.person(id("c"), "Annie", "Verstraeten").withPhones("+32 470 12 34 56");
            MatchRecord stranger = MatchRecord.person(id("d"), "Jan", "Janssens").withEmails("jan@acme.be");

            DuplicateReport report = finder.find(List.of(a, b, c, stranger));

            assertThat(finder.compare(a, c).isDuplicate()).isFalse();
            assertThat(report.pairs()).extracting(DuplicatePair::first, DuplicatePair::second)
                    .containsExactlyInAnyOrder(tuple(id("a"), id("b")),
                            tuple(id("b"), id("c")));
            assertThat(report.clusters()).containsExactly(new DuplicateCluster(List.of(id("c"), id("a"), id("b"))));
        }

        @Test
        @DisplayName("reports pairs best first, each with its evidence and the lower id first")
        void pairsBestFirst() {
            DuplicateReport report = finder.find(List.of(annaPeeters("2"), annaPeeters("1"),
                    person("3", "Anna", "Peeters", LocalDate.of(1985, 3, 2))));
            assertThat(report.pairs()).hasSize(3).isSortedAccordingTo(
                    (x, y) -> Double.compare(y.score(), x.score()));
            assertThat(report.pairs().get(0)).extracting(DuplicatePair::first, DuplicatePair::second)
                    .containsExactly(id("1"), id("2"));
            assertThat(report.pairs()).allMatch(pair -> pair.first().compareTo(pair.second()) < 0)
                    .allMatch(pair -> pair.evidence().isDuplicate());
            assertThat(report.clusters()).singleElement().extracting(DuplicateCluster::size).isEqualTo(3);
        }

        @Test
        @DisplayName("takes an agreement on a rare last name for stronger evidence than one on a common last name")
        void rareLastNames() {
            List<MatchRecord> records = new ArrayList<>();
            IntStream.range(0, 64).forEach(i -> records.add(MatchRecord.person(id("common-" + i), "Jan" + i,
                    "Peeters")));
            List<String> others = List.of("Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
                    "Wouters", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Leclercq", "Laurent", "Hermans",
                    "Michiels", "Lemmens", "Aerts", "Kowalski");
            IntStream.range(0, 40).forEach(i -> records.add(MatchRecord.person(id("other-" + i), "Piet" + i,
                    others.get(i / 2))));
            MatchRecord rare = MatchRecord.person(id("rare-1"), "Anna", "Vanderauwera");
            MatchRecord rareCopy = MatchRecord.person(id("rare-2"), "Anna", "Vanderauwera");
            MatchRecord common = MatchRecord.person(id("common-a"), "Anna", "Peeters");
            MatchRecord commonCopy = MatchRecord.person(id("common-b"), "Anna", "Peeters");
            records.addAll(List.of(rare, rareCopy, common, commonCopy));
            DuplicateFinder strict = DuplicateFinder.of(DuplicateCriteria.persons().withThreshold(9.5));

            DuplicateReport report = strict.find(records);

            assertThat(strict.compare(rare, rareCopy).score()).isEqualTo(strict.compare(common, commonCopy).score());
            assertThat(report.pairs()).extracting(DuplicatePair::first).contains(id("rare-1"))
                    .doesNotContain(id("common-a"));
        }

        @Test
        @DisplayName("finds nothing among records that are all different")
        void nothing() {
            DuplicateReport report = finder.find(List.of(annaPeeters("1"),
                    person("2", "Jan", "Janssens", LocalDate.of(1970, 1, 1))));
            assertThat(report.pairs()).isEmpty();
            assertThat(report.clusters()).isEmpty();
        }
    }

    @Nested
    @DisplayName("compares only records that share a blocking key")
    class Blocking {

        @Test
        @DisplayName("never compares records that share no key")
        void sharingNothing() {
            DuplicateReport report = finder.find(List.of(
                    person("1", "Anna", "Peeters", LocalDate.of(1985, 3, 2)),
                    person("2", "Jan", "Janssens", LocalDate.of(1970, 1, 1)),
                    MatchRecord.of(id("3")).withEmails("info@acme.be")));
            assertThat(report.comparisons()).isZero();
        }

        @Test
        @DisplayName("compares a pair once, however many keys its records share")
        void eachPairOnce() {
            List<MatchRecord> copies = IntStream.range(0, 6).mapToObj(i -> annaPeeters("copy-" + i)).toList();
            assertThat(finder.blockingKeys(copies.get(0))).hasSizeGreaterThan(5);

            DuplicateReport report = finder.find(copies);

            assertThat(report.comparisons()).isEqualTo(6 * 5 / 2);
            assertThat(report.pairs()).hasSize(15);
        }

        @Test
        @DisplayName("compares the records of a block over the limit only with their neighbours in name order")
        void oversizedBlock() {
            List<MatchRecord> namesakes = IntStream.range(0, 300)
                    .mapToObj(i -> MatchRecord.person(id(String.format("p%03d", i)), "Anna", "Peeters")).toList();

            long capped = DuplicateFinder.of(DuplicateCriteria.persons().withBlockLimits(100, 5)).find(namesakes)
                    .comparisons();
            long uncapped = DuplicateFinder.of(DuplicateCriteria.persons().withBlockLimits(300, 5)).find(namesakes)
                    .comparisons();

            assertThat(capped).isPositive().isLessThanOrEqualTo(300 * 5);
            assertThat(uncapped).isEqualTo(300 * 299 / 2);
        }

        @Test
        @DisplayName("files a record under keys from each field it can be found by")
        void keys() {
            Set<BlockingKey> keys = finder.blockingKeys(annaPeeters("1"));
            assertThat(keys).extracting(BlockingKey::value).containsExactlyInAnyOrder("email:anna.peeters@acme.be",
                    "local:anna.peeters", "mailbox:ann@acm", "domain:acme.be", "phone:0123456",
                    "same:dob:1985-03-02", "last:PTRS", "same:first:AN", "name:PTRS:a", "name:AN:p",
                    "postcode:9000:PTRS", "street:12:kerkstraat", "born:1985:PTRS", "born:1985:AN",
                    "birthday:03-02:PTRS", "birthday:03-02:AN", "same:city:gent", "town:gent:PTRS", "town:gent:AN");
            assertThat(finder.blockingKeys(MatchRecord.person(id("2"), "Anna", "Peeters")
                    .withEmails("anna.peeters@gmail.com"))).extracting(BlockingKey::value)
                    .contains("local:anna.peeters")
                    .noneMatch(key -> key.startsWith("mailbox:") || key.startsWith("domain:"));
            assertThat(DuplicateFinder.of(DuplicateCriteria.persons().without(MatchField.EMAIL))
                    .blockingKeys(annaPeeters("1"))).extracting(BlockingKey::value)
                    .noneMatch(key -> key.startsWith("email:"));
        }
    }

    @Nested
    @DisplayName("checks one record")
    class CheckingOne {

        private final List<MatchRecord> known = List.of(annaPeeters("1"),
                person("2", "Jan", "Janssens", LocalDate.of(1970, 1, 1)),
                person("3", "Anna", "Peters", LocalDate.of(1985, 3, 2)));

        @Test
        @DisplayName("returns its likely duplicates among the known records, best first, the record first in each pair")
        void duplicates() {
            MatchRecord created = MatchRecord.person(id("new"), "Anna", "Peeters").withEmails("ANNA.PEETERS@acme.be")
                    .withDateOfBirth(LocalDate.of(1985, 3, 2));

            List<DuplicatePair> duplicates = finder.duplicatesOf(created,
                    DuplicateCandidates.inMemory(known, finder));

            assertThat(duplicates).extracting(DuplicatePair::second).containsExactly(id("1"), id("3"));
            assertThat(duplicates).allMatch(pair -> pair.first().equals(id("new")));
            assertThat(duplicates.get(0).evidence().strongKeys()).containsExactly(MatchField.EMAIL);
        }

        @Test
        @DisplayName("never reports the record as its own duplicate, and nothing when it has none")
        void notItself() {
            DuplicateCandidates candidates = DuplicateCandidates.inMemory(known, finder);
            assertThat(finder.duplicatesOf(known.get(1), candidates)).isEmpty();
            assertThat(finder.duplicatesOf(known.get(0), candidates)).extracting(DuplicatePair::second)
                    .containsExactly(id("3"));
        }
    }

    @Test
    @DisplayName("finds the same duplicates in blocks streamed from a store as in memory")
    void streamedBlocks() {
        List<MatchRecord> records = List.of(annaPeeters("1"), annaPeeters("2").withEmails(),
                person("3", "Anna", "Peters", LocalDate.of(1985, 3, 2)), person("4", "Jan", "Janssens", null),
                person("5", "Jan", "Janssen", null).withPhones("0470 99 88 77"));
        DuplicateCandidates store = new CopyingCandidates(DuplicateCandidates.inMemory(records, finder));

        DuplicateReport streamed = finder.find(store);
        DuplicateReport inMemory = finder.find(records);

        assertThat(streamed.pairs()).isEqualTo(inMemory.pairs()).isNotEmpty();
        assertThat(streamed.clusters()).isEqualTo(inMemory.clusters());
        assertThat(streamed.comparisons()).isEqualTo(inMemory.comparisons());
    }

    /** A store's candidates: every block holds fresh copies of its records, as rows read anew. */
    private record CopyingCandidates(DuplicateCandidates source) implements DuplicateCandidates {

        @Override
        public Stream<CandidateBlock> blocks() {
            return source.blocks().map(block -> new CandidateBlock(block.key(), copies(block.records())));
        }

        @Override
        public Set<BlockingKey> keysSharedByMoreThan(int count) {
            return source.keysSharedByMoreThan(count);
        }

        @Override
        public List<MatchRecord> sharing(BlockingKey key, int limit) {
            return copies(source.sharing(key, limit));
        }

        private static List<MatchRecord> copies(List<MatchRecord> records) {
            List<MatchRecord> copies = new ArrayList<>();
            records.forEach(r -> copies.add(new MatchRecord(r.id(), r.firstName(), r.lastName(), r.name(),
                    r.companyName(), r.emails(), r.phones(), r.vatNumber(), r.address(), r.dateOfBirth())));
            return copies;
        }
    }
}
