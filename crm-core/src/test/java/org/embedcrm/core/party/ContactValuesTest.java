package org.embedcrm.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.core.party.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the values a contact is described with")
class ContactValuesTest {

    @Nested
    @DisplayName("a country code")
    class Countries {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"BE,BE", "be,BE", " de ,DE", "Nl,NL", "US,US"})
        @DisplayName("is an ISO-3166 alpha-2 code, stored upper-case")
        void accepts(String text, String code) {
            assertThat(CountryCode.of(text).value()).isEqualTo(code);
            assertThat(CountryCode.of(text)).isEqualTo(new CountryCode(code)).hasToString(code);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "B", "BEL", "XX", "ZZ", "EL", "UK", "1E", "B E"})
        @DisplayName("refuses anything that is not an ISO-3166 country, such as the VAT prefix EL or UK")
        void refuses(String text) {
            assertRefused(() -> CountryCode.of(text), "country", "country.invalid");
        }
    }

    @Nested
    @DisplayName("a language code")
    class Languages {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"nl,nl", "NL,nl", " Fr ,fr", "de,de", "en,en"})
        @DisplayName("is an ISO-639-1 code, stored lower-case")
        void accepts(String text, String code) {
            assertThat(LanguageCode.of(text).value()).isEqualTo(code);
            assertThat(LanguageCode.of(text)).isEqualTo(new LanguageCode(code)).hasToString(code);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "e", "eng", "nld", "xx", "qq", "n1", "nl-BE"})
        @DisplayName("refuses three-letter, unknown and regional codes")
        void refuses(String text) {
            assertRefused(() -> LanguageCode.of(text), "language", "language.invalid");
        }
    }

    @Nested
    @DisplayName("an address")
    class Addresses {

        @Test
        @DisplayName("strips its parts and stores blank ones as null")
        void normalises() {
            Address address = new Address("  Rue de la Loi 16 ", "Brussel ", "  ", " 1000", CountryCode.of("be"));
            assertThat(address).isEqualTo(new Address("Rue de la Loi 16", "Brussel", null, "1000", new CountryCode("BE")));
            assertThat(address.region()).isNull();
        }

        @Test
        @DisplayName("needs only one of street, city and postal code, and may have no country")
        void minimal() {
            assertThat(new Address(null, "Gent", null, null, null).city()).isEqualTo("Gent");
            assertThat(new Address("Main Street 1", null, null, null, null).street()).isEqualTo("Main Street 1");
            assertThat(new Address(null, null, null, "9000", null).postalCode()).isEqualTo("9000");
        }

        @Test
        @DisplayName("is refused when it has no street, city nor postal code, even with a region and a country")
        void refusesEmpty() {
            assertRefused(() -> new Address(null, " ", "Flanders", "", CountryCode.of("BE")), "address", "address.empty");
        }

        @Test
        @DisplayName("allows 200 characters a part and reports every longer part at once")
        void lengths() {
            String max = "x".repeat(Address.MAX_PART_LENGTH);
            assertThat(new Address(max, max, max, max, null).street()).hasSize(200);
            assertRefused(() -> new Address(max + "x", "Gent", null, null, null), "address.street", "address.too-long");
            assertThatThrownBy(() -> new Address(max + "x", max + "x", max + "x", max + "x", null))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).violations())
                            .extracting(Violation::field)
                            .containsExactly("address.street", "address.city", "address.region", "address.postalCode"))
                    .satisfies(e -> assertThat(((ValidationException) e).violations())
                            .extracting(Violation::code).containsOnly("address.too-long"));
        }
    }

    @Nested
    @DisplayName("a star rating")
    class StarRatings {

        @Test
        @DisplayName("accepts exactly 0 to 3 stars")
        void range() {
            qt().forAll(integers().between(-10, 10)).checkAssert(stars -> {
                if (stars >= 0 && stars <= 3) {
                    assertThat(new StarRating(stars).stars()).isEqualTo(stars);
                } else {
                    assertRefused(() -> new StarRating(stars), "starRating", "contact.rating.range");
                }
            });
            qt().forAll(integers().all()).checkAssert(stars -> {
                boolean accepted;
                try {
                    new StarRating(stars);
                    accepted = true;
                } catch (ValidationException e) {
                    accepted = false;
                }
                assertThat(accepted).isEqualTo(stars >= 0 && stars <= 3);
            });
        }

        @ParameterizedTest(name = "{0} stars")
        @ValueSource(ints = {-1, 4, 5, Integer.MIN_VALUE, Integer.MAX_VALUE})
        @DisplayName("refuses the numbers just outside 0 to 3")
        void boundaries(int stars) {
            assertThat(new StarRating(0).stars()).isZero();
            assertThat(new StarRating(3).stars()).isEqualTo(3);
            assertRefused(() -> new StarRating(stars), "starRating", "contact.rating.range");
        }

        @Test
        @DisplayName("none means zero stars")
        void none() {
            assertThat(StarRating.none()).isEqualTo(new StarRating(0));
            assertThat(StarRating.none().stars()).isZero();
        }
    }

    @Nested
    @DisplayName("payment terms")
    class PaymentTermsRules {

        @Test
        @DisplayName("are either net days or a stripped name")
        void either() {
            assertThat(PaymentTerms.net(30)).isEqualTo(new PaymentTerms(30, null));
            assertThat(PaymentTerms.net(0).netDays()).isZero();
            assertThat(PaymentTerms.net(365).netDays()).isEqualTo(365);
            assertThat(PaymentTerms.named("  End of month ")).isEqualTo(new PaymentTerms(null, "End of month"));
            assertThat(PaymentTerms.named("x".repeat(100)).name()).hasSize(100);
            assertThat(new PaymentTerms(14, "  ").name()).isNull();
        }

        @Test
        @DisplayName("are refused with both parts or with neither")
        void oneOf() {
            assertRefused(() -> new PaymentTerms(30, "End of month"), "paymentTerms", "payment-terms.one-of");
            assertRefused(() -> new PaymentTerms(null, null), "paymentTerms", "payment-terms.one-of");
            assertRefused(() -> PaymentTerms.named("   "), "paymentTerms", "payment-terms.one-of");
        }

        @ParameterizedTest(name = "{0} days")
        @ValueSource(ints = {-1, 366, Integer.MIN_VALUE, Integer.MAX_VALUE})
        @DisplayName("are refused with net days outside 0 to 365")
        void netDaysRange(int days) {
            assertRefused(() -> PaymentTerms.net(days), "paymentTerms.netDays", "payment-terms.net-days.range");
        }

        @Test
        @DisplayName("are refused with a name longer than 100 characters")
        void nameLength() {
            assertRefused(() -> PaymentTerms.named("x".repeat(101)), "paymentTerms.name", "payment-terms.name.too-long");
        }
    }
}
