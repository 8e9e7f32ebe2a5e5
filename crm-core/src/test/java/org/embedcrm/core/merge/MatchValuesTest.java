package org.embedcrm.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the values of duplicate detection")
class MatchValuesTest {

    @Nested
    @DisplayName("a record compared")
    class Records {

        @Test
        @DisplayName("strips its values and drops blank ones")
        void cleans() {
            MatchRecord record = MatchRecord.person(MatchRecordId.of("1"), "  Anna ", " ")
                    .withEmails(" anna@acme.be ", "", null).withPhones((String) null)
                    .withAddress(null);
            assertThat(record.firstName()).isEqualTo("Anna");
            assertThat(record.lastName()).isNull();
            assertThat(record.emails()).containsExactly("anna@acme.be");
            assertThat(record.phones()).isEmpty();
            assertThat(record.address()).isEqualTo(MatchAddress.none());
            assertThat(MatchAddress.of(" Kerkstraat 1 ", "", null, "BE").postcode()).isNull();
        }

        @Test
        @DisplayName("is identified by text or by a UUID")
        void ids() {
            UUID uuid = UUID.fromString("0190b5a2-7c1e-7d3a-8f00-000000000001");
            assertThat(MatchRecordId.of(uuid)).isEqualTo(MatchRecordId.of(uuid.toString()));
            assertThat(MatchRecordId.of("a")).isLessThan(MatchRecordId.of("b"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        @DisplayName("refuses a blank id")
        void blankId(String id) {
            assertThatThrownBy(() -> MatchRecordId.of(id)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> MatchRecordId.of("x".repeat(201))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> BlockingKey.of(id)).isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    @DisplayName("a field weight")
    class Weights {

        @ParameterizedTest(name = "similarity {0} gives {1} points")
        @CsvSource({"0, -2", "0.5, 1.5", "1, 5"})
        @DisplayName("gives points from its disagreement to its agreement, in proportion to the similarity")
        void points(double similarity, double points) {
            assertThat(FieldWeight.of(5, -2).points(similarity)).isEqualTo(points);
        }

        @ParameterizedTest(name = "{0} / {1}")
        @CsvSource({"0, -1", "-1, -1", "5, 1", "NaN, -1", "Infinity, 0"})
        @DisplayName("refuses a non-positive agreement, a positive disagreement or a value that is not finite")
        void refuses(double agreement, double disagreement) {
            assertThatThrownBy(() -> FieldWeight.of(agreement, disagreement))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    @DisplayName("duplicate criteria")
    class Criteria {

        @Test
        @DisplayName("for persons and organisations compare the fields each has, with strong keys")
        void defaults() {
            assertThat(DuplicateCriteria.persons().fields()).contains(MatchField.FIRST_NAME, MatchField.LAST_NAME,
                    MatchField.DATE_OF_BIRTH).doesNotContain(MatchField.NAME, MatchField.EMAIL_DOMAIN);
            assertThat(DuplicateCriteria.organisations().fields()).contains(MatchField.NAME,
                    MatchField.EMAIL_DOMAIN).doesNotContain(MatchField.FIRST_NAME, MatchField.DATE_OF_BIRTH);
            assertThat(DuplicateCriteria.persons().strongKeys())
                    .containsExactlyInAnyOrder(MatchField.EMAIL, MatchField.PHONE, MatchField.VAT_NUMBER);
            assertThat(DuplicateCriteria.persons().threshold()).isEqualTo(6);
        }

        @Test
        @DisplayName("change one thing at a time, and dropping a field drops it as a strong key")
        void changes() {
            DuplicateCriteria criteria = DuplicateCriteria.persons().without(MatchField.PHONE)
                    .withField(MatchField.CITY, FieldWeight.of(2, -3)).withThreshold(7.5)
                    .withDefaultRegion(" be ").withBlockLimits(50, 10);
            assertThat(criteria.fields()).doesNotContain(MatchField.PHONE);
            assertThat(criteria.strongKeys()).containsExactlyInAnyOrder(MatchField.EMAIL, MatchField.VAT_NUMBER);
            assertThat(criteria.weights()).containsEntry(MatchField.CITY, FieldWeight.of(2, -3));
            assertThat(criteria).extracting(DuplicateCriteria::threshold, DuplicateCriteria::defaultRegion,
                    DuplicateCriteria::maxBlockSize, DuplicateCriteria::window).containsExactly(7.5, "BE", 50, 10);
            assertThat(criteria.withStrongKeys().strongKeys()).isEmpty();
        }

        @Test
        @DisplayName("report every invalid part at once")
        void allViolations() {
            assertThatThrownBy(() -> new DuplicateCriteria(Map.of(), EnumSet.of(MatchField.CITY), Double.NaN, "BEL",
                    1, 0, -1))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field)
                            .containsExactly("weights", "strongKeys", "threshold", "defaultRegion", "maxBlockSize",
                                    "clusterMargin"));
        }
    }

    @Nested
    @DisplayName("a reported pair and cluster")
    class Results {

        private final MatchEvidence evidence = new MatchEvidence(7, 6, List.of(), EnumSet.noneOf(MatchField.class),
                false);

        @Test
        @DisplayName("a pair refuses a record paired with itself")
        void selfPair() {
            assertThatThrownBy(() -> new DuplicatePair(MatchRecordId.of("1"), MatchRecordId.of("1"), evidence))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new DuplicatePair(MatchRecordId.of("1"), MatchRecordId.of("2"), evidence).score())
                    .isEqualTo(7);
        }

        @Test
        @DisplayName("a cluster sorts its members and refuses fewer than two distinct ones")
        void cluster() {
            DuplicateCluster cluster = new DuplicateCluster(List.of(MatchRecordId.of("b"), MatchRecordId.of("a"),
                    MatchRecordId.of("c")));
            assertThat(cluster.members()).extracting(MatchRecordId::value).containsExactly("a", "b", "c");
            assertThat(cluster.pairCount()).isEqualTo(3);
            assertThatThrownBy(() -> new DuplicateCluster(List.of(MatchRecordId.of("a"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DuplicateCluster(List.of(MatchRecordId.of("a"), MatchRecordId.of("a"))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("a field match refuses a similarity outside 0 to 1")
        void similarity() {
            assertThatThrownBy(() -> new FieldMatch(MatchField.CITY, "gent", "gend", 1.5, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(evidence.explain()).isEqualTo("duplicate: score 7.0 >= 6.0");
        }
    }
}
