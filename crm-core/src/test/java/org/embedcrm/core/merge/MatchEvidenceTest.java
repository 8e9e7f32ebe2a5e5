package org.embedcrm.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.embedcrm.core.merge.MatchRecords.acme;
import static org.embedcrm.core.merge.MatchRecords.annaPeeters;
import static org.embedcrm.core.merge.MatchRecords.person;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("a compared pair explains itself")
class MatchEvidenceTest {

    private static final LocalDate BORN = LocalDate.of(1985, 3, 2);

    private final DuplicateFinder persons = DuplicateFinder.of(DuplicateCriteria.persons().withDefaultRegion("BE"));
    private final DuplicateFinder organisations =
            DuplicateFinder.of(DuplicateCriteria.organisations().withDefaultRegion("BE"));

    @Nested
    @DisplayName("for people")
    class Persons {

        @Test
        @DisplayName("lists each field present on both records with its similarity and points, and sums them")
        void fieldsAndScore() {
            MatchEvidence evidence = persons.compare(person("1", "Anna", "Peeters", BORN),
                    person("2", "Anna", "Peeters", BORN).withEmails("anna@acme.be"));
            assertThat(evidence.fields()).extracting(FieldMatch::field)
                    .containsExactly(MatchField.FIRST_NAME, MatchField.LAST_NAME, MatchField.DATE_OF_BIRTH);
            assertThat(evidence.fields()).allMatch(FieldMatch::exact);
            assertThat(evidence.field(MatchField.LAST_NAME)).get().extracting(FieldMatch::points).isEqualTo(4.0);
            assertThat(evidence.field(MatchField.EMAIL)).isEmpty();
            assertThat(evidence.score()).isEqualTo(3 + 4 + 5);
            assertThat(evidence.threshold()).isEqualTo(6);
            assertThat(evidence.strongKeys()).isEmpty();
            assertThat(evidence.isDuplicate()).isTrue();
        }

        @Test
        @DisplayName("gives a typo partial points, between those of agreement and disagreement")
        void typo() {
            MatchEvidence evidence = persons.compare(person("1", "Anna", "Peeters", BORN),
                    person("2", "Anna", "Peters", BORN));
            FieldMatch lastName = evidence.field(MatchField.LAST_NAME).orElseThrow();
            assertThat(lastName.similarity()).isStrictlyBetween(0.5, 1.0);
            assertThat(lastName.points()).isStrictlyBetween(-3.0, 4.0);
            assertThat(lastName.left()).isEqualTo("peeters");
            assertThat(lastName.right()).isEqualTo("peters");
        }

        @Test
        @DisplayName("detects swapped first and last names and matches them crosswise")
        void swappedNames() {
            MatchEvidence evidence = persons.compare(person("1", "Julia", "Taylor", BORN),
                    person("2", "Taylor", "Julia", BORN));
            assertThat(evidence.namesSwapped()).isTrue();
            assertThat(evidence.field(MatchField.FIRST_NAME)).get().extracting(FieldMatch::left, FieldMatch::right)
                    .containsExactly("julia", "julia");
            assertThat(evidence.isDuplicate()).isTrue();
            assertThat(evidence.explain()).contains("first and last names swapped");
            assertThat(persons.compare(person("1", "Julia", "Taylor", BORN), person("2", "Julia", "Taylor", BORN))
                    .namesSwapped()).isFalse();
        }

        @Test
        @DisplayName("takes the same e-mail address, whatever its case and plus-tag, as a strong key")
        void strongEmail() {
            MatchEvidence evidence = persons.compare(
                    MatchRecord.person(MatchRecordId.of("1"), "A.", "Peeters").withEmails("Anna+crm@ACME.be"),
                    MatchRecord.person(MatchRecordId.of("2"), "Anneke", "Verstraete").withEmails("anna@acme.be"));
            assertThat(evidence.strongKeys()).containsExactly(MatchField.EMAIL);
            assertThat(evidence.score()).isLessThan(evidence.threshold());
            assertThat(evidence.isDuplicate()).isTrue();
            assertThat(evidence.explain()).startsWith("duplicate: score").contains("strong key EMAIL")
                    .contains("EMAIL 1.00 (+8.0)");
        }

        @Test
        @DisplayName("compares phone numbers in E.164, the national one read in the record's country")
        void phones() {
            MatchEvidence evidence = persons.compare(annaPeeters("1").withEmails(),
                    person("2", "Anna", "Peeters", null).withPhones("+32 470 12 34 56"));
            assertThat(evidence.field(MatchField.PHONE)).get().extracting(FieldMatch::left, FieldMatch::similarity)
                    .containsExactly("+32470123456", 1.0);
            assertThat(evidence.strongKeys()).containsExactly(MatchField.PHONE);
        }

        @Test
        @DisplayName("tells namesakes born on different days apart")
        void namesakes() {
            MatchEvidence evidence = persons.compare(person("1", "Jan", "Peeters", BORN),
                    person("2", "Jan", "Peeters", LocalDate.of(1961, 11, 30)));
            assertThat(evidence.field(MatchField.DATE_OF_BIRTH)).get().extracting(FieldMatch::points).isEqualTo(-4.0);
            assertThat(evidence.isDuplicate()).isFalse();
            assertThat(evidence.explain()).startsWith("distinct: score 3.0 < 6.0");
        }

        @Test
        @DisplayName("counts a transposed day and month, and a wrong digit, as nearly the same date of birth")
        void dates() {
            double swapped = persons.compare(person("1", "Jan", "Peeters", LocalDate.of(1985, 3, 2)),
                    person("2", "Jan", "Peeters", LocalDate.of(1985, 2, 3))).field(MatchField.DATE_OF_BIRTH)
                    .orElseThrow().similarity();
            double digit = persons.compare(person("1", "Jan", "Peeters", LocalDate.of(1985, 3, 2)),
                    person("2", "Jan", "Peeters", LocalDate.of(1986, 3, 2))).field(MatchField.DATE_OF_BIRTH)
                    .orElseThrow().similarity();
            assertThat(swapped).isEqualTo(0.8);
            assertThat(digit).isEqualTo(0.6);
        }

        @Test
        @DisplayName("counts dates of birth a few years apart a little, less the further apart, and decades apart not")
        void yearsApart() {
            double twoYears = birthSimilarity(LocalDate.of(1971, 6, 24), LocalDate.of(1973, 9, 11));
            double sevenYears = birthSimilarity(LocalDate.of(1971, 6, 24), LocalDate.of(1978, 9, 11));
            double decades = birthSimilarity(LocalDate.of(1971, 6, 24), LocalDate.of(1993, 9, 11));
            assertThat(twoYears).isCloseTo(0.4 * (1 - 2.22 / 10), within(0.01));
            assertThat(sevenYears).isPositive().isLessThan(twoYears);
            assertThat(decades).isZero();
        }

        @Test
        @DisplayName("counts a date of birth with its decade mistyped as a near date, a day or month off besides")
        void decadeMistyped() {
            assertThat(birthSimilarity(LocalDate.of(1986, 10, 29), LocalDate.of(1976, 10, 27))).isEqualTo(0.5);
            assertThat(birthSimilarity(LocalDate.of(2006, 7, 8), LocalDate.of(1996, 8, 2))).isEqualTo(0.5);
            assertThat(birthSimilarity(LocalDate.of(1986, 10, 29), LocalDate.of(1976, 3, 1))).isZero();
            assertThat(birthSimilarity(LocalDate.of(2017, 7, 9), LocalDate.of(2013, 7, 1))).isLessThan(0.5);
        }

        @Test
        @DisplayName("counts a name one record lacks as nearly agreeing when its e-mail address spells out the other's")
        void nameInEmail() {
            MatchRecord named = person("2", "Anna", "Peeters", BORN);
            MatchEvidence spelt = persons.compare(
                    MatchRecord.person(MatchRecordId.of("1"), "Anna", null).withEmails("Anna.Peeters85@acme.be"),
                    named);
            MatchEvidence other = persons.compare(
                    MatchRecord.person(MatchRecordId.of("1"), "Anna", null).withEmails("ap1985@acme.be"), named);

            assertThat(spelt.field(MatchField.LAST_NAME)).get()
                    .extracting(FieldMatch::left, FieldMatch::right, FieldMatch::similarity)
                    .containsExactly("anna.peeters85@acme.be", "peeters", 0.8);
            assertThat(other.field(MatchField.LAST_NAME)).isEmpty();
            assertThat(persons.compare(named, MatchRecord.person(MatchRecordId.of("1"), null, "Peeters")
                    .withEmails("anna.p@acme.be")).field(MatchField.FIRST_NAME)).get()
                    .extracting(FieldMatch::left, FieldMatch::right).containsExactly("anna", "anna.p@acme.be");
        }

        @Test
        @DisplayName("never takes names for swapped when that leaves a disagreeing name out")
        void swapHidesNothing() {
            MatchEvidence evidence = persons.compare(person("1", "Anna", null, BORN), person("2", "Bert", null, BORN));
            assertThat(evidence.namesSwapped()).isFalse();
            assertThat(evidence.field(MatchField.FIRST_NAME)).get().extracting(FieldMatch::points).isEqualTo(-2.0);
        }

        @Test
        @DisplayName("counts a name or a town with a typo nearly as agreeing, and an unrelated one not at all")
        void typosInNames() {
            MatchEvidence evidence = persons.compare(
                    person("1", "Jesse", "Poole", BORN).withAddress(MatchAddress.of(null, null, "London", null)),
                    person("2", "Jessse", "Mitchell", BORN).withAddress(MatchAddress.of(null, null, "Londno", null)));
            assertThat(evidence.field(MatchField.FIRST_NAME).orElseThrow().similarity()).isGreaterThan(0.9);
            assertThat(evidence.field(MatchField.CITY).orElseThrow().similarity()).isGreaterThan(0.9);
            assertThat(evidence.field(MatchField.LAST_NAME).orElseThrow().similarity()).isZero();
        }

        private double birthSimilarity(LocalDate a, LocalDate b) {
            return persons.compare(person("1", "Jan", "Peeters", a), person("2", "Jan", "Peeters", b))
                    .field(MatchField.DATE_OF_BIRTH).orElseThrow().similarity();
        }
    }

    @Nested
    @DisplayName("for organisations")
    class Organisations {

        @Test
        @DisplayName("compares names without their legal form, and VAT numbers without punctuation or country")
        void legalFormsAndVat() {
            MatchEvidence evidence = organisations.compare(acme("1"),
                    MatchRecord.organisation(MatchRecordId.of("2"), "ACME N.V.").withVatNumber("0123456749"));
            assertThat(evidence.field(MatchField.NAME)).get().extracting(FieldMatch::left, FieldMatch::similarity)
                    .containsExactly("acme", 1.0);
            assertThat(evidence.strongKeys()).containsExactly(MatchField.VAT_NUMBER);
            assertThat(evidence.score()).isCloseTo(5 + 10, within(1e-9));
        }

        @Test
        @DisplayName("counts a shared company domain, but never a free-mail one")
        void emailDomains() {
            MatchEvidence company = organisations.compare(
                    MatchRecord.organisation(MatchRecordId.of("1"), "Acme").withEmails("sales@acme.be"),
                    MatchRecord.organisation(MatchRecordId.of("2"), "Acme Belgium").withEmails("info@acme.be"));
            MatchEvidence freeMail = organisations.compare(
                    MatchRecord.organisation(MatchRecordId.of("1"), "Acme").withEmails("acme.sales@gmail.com"),
                    MatchRecord.organisation(MatchRecordId.of("2"), "Acme Belgium").withEmails("info.acme@gmail.com"));
            assertThat(company.field(MatchField.EMAIL_DOMAIN)).get().extracting(FieldMatch::left)
                    .isEqualTo("acme.be");
            assertThat(freeMail.field(MatchField.EMAIL_DOMAIN)).isEmpty();
            assertThat(company.score()).isGreaterThan(freeMail.score());
        }

        @Test
        @DisplayName("never matches two different house numbers in one street")
        void houseNumbers() {
            MatchEvidence evidence = organisations.compare(
                    MatchRecord.organisation(MatchRecordId.of("1"), "Acme")
                            .withAddress(MatchAddress.of("650 E. 85th Street", null, null, null)),
                    MatchRecord.organisation(MatchRecordId.of("2"), "Acme")
                            .withAddress(MatchAddress.of("652 East 85th St", null, null, null)));
            assertThat(evidence.field(MatchField.STREET)).get().extracting(FieldMatch::similarity).isEqualTo(0.0);
            assertThat(organisations.compare(
                    MatchRecord.organisation(MatchRecordId.of("1"), "Acme")
                            .withAddress(MatchAddress.of("650 E. 85th Street", null, null, null)),
                    MatchRecord.organisation(MatchRecordId.of("2"), "Acme")
                            .withAddress(MatchAddress.of("650 East 85th St", null, null, null)))
                    .field(MatchField.STREET)).get().extracting(FieldMatch::similarity).isEqualTo(1.0);
        }

        @Test
        @DisplayName("matches a street named alike at one house number, its direction or street type left out")
        void streetNames() {
            assertThat(streetSimilarity("10810 S. Ave. H", "10810 Ave H")).isEqualTo(0.9);
            assertThat(streetSimilarity("6401 S Pulaski Rd", "6401 S. Pulaski")).isEqualTo(0.9);
            assertThat(streetSimilarity("6401 S Pulaski Rd", "6401 S Kedzie Rd")).isLessThan(0.5);
            assertThat(streetSimilarity("6401 S Pulaski Rd", "6403 S Pulaski Rd")).isZero();
        }

        private double streetSimilarity(String a, String b) {
            return organisations.compare(
                    MatchRecord.organisation(MatchRecordId.of("1"), "Acme")
                            .withAddress(MatchAddress.of(a, null, null, null)),
                    MatchRecord.organisation(MatchRecordId.of("2"), "Acme")
                            .withAddress(MatchAddress.of(b, null, null, null)))
                    .field(MatchField.STREET).orElseThrow().similarity();
        }
    }
}
