package org.embedcrm.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.core.party.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

@DisplayName("an e-mail address")
class EmailAddressTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  Jane.Doe@Example.COM  "              | Jane.Doe@example.com
            a@b.co                                 | a@b.co
            first.last+sales@Mail.Example.org      | first.last+sales@mail.example.org
            o'brien@example.ie                     | o'brien@example.ie
            x_y-z{1}@my-host.example.com           | x_y-z{1}@my-host.example.com
            "\\tinfo@xn--bcher-kva.example\\n"    | info@xn--bcher-kva.example
            """)
    @DisplayName("is stripped, keeps its local part as typed and lower-cases its domain")
    void normalises(String typed, String stored) {
        EmailAddress email = EmailAddress.of(typed.translateEscapes());
        assertThat(email.value()).isEqualTo(stored);
        assertThat(email).isEqualTo(new EmailAddress(stored)).hasToString(stored);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "jane", "jane.example.com", "@example.com", "jane@", "jane@@example.com",
            "jane@doe@example.com", "jane@example", "jane@example.c", "jane@example.123", "jane@example.c0m",
            ".jane@example.com", "jane.@example.com", "ja..ne@example.com", "ja ne@example.com", "\"jane\"@example.com",
            "jane(work)@example.com", "jané@example.com", "jane@-example.com", "jane@example-.com", "jane@exa_mple.com",
            "jane@example..com", "jane@.example.com", "jane@example.com.", "jane@[192.168.0.1]", "jane@exämple.com",
            "Jane Doe <jane@example.com>"})
    @DisplayName("refuses text that is no practical address")
    void refusesMalformed(String text) {
        assertRefused(() -> EmailAddress.of(text), "email", "contact.email.invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengthLimits")
    @DisplayName("allows a 64-character local part, 63-character labels and 254 characters in all, and no more")
    void lengthLimits(String description, String accepted, String refused) {
        assertThat(EmailAddress.of(accepted).value()).isEqualTo(accepted);
        assertRefused(() -> EmailAddress.of(refused), "email", "contact.email.invalid");
    }

    static List<Object[]> lengthLimits() {
        String domain189 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".com";
        String domain190 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".com";
        return List.of(
                new Object[] {"local part", "x".repeat(64) + "@example.com", "x".repeat(65) + "@example.com"},
                new Object[] {"label", "jane@" + "l".repeat(63) + ".com", "jane@" + "l".repeat(64) + ".com"},
                new Object[] {"whole address", "x".repeat(64) + "@" + domain189, "x".repeat(64) + "@" + domain190});
    }

    @Test
    @DisplayName("matches another address that differs only in case, while keeping the local part as typed")
    void matchKey() {
        EmailAddress typed = EmailAddress.of("Jane.Doe@Example.com");
        EmailAddress shouted = EmailAddress.of("JANE.DOE@EXAMPLE.COM");
        assertThat(typed.matchKey()).isEqualTo("jane.doe@example.com").isEqualTo(shouted.matchKey());
        assertThat(typed).isNotEqualTo(shouted);
        assertThat(typed.matchKey()).isNotEqualTo(EmailAddress.of("jane.doe2@example.com").matchKey());
    }

    @Test
    @DisplayName("reads the same when read again from its stored value")
    void ofIsIdempotent() {
        qt().forAll(addresses(), booleans().all()).checkAssert((address, padded) -> {
            String typed = padded ? "  " + address + "\t" : address;
            EmailAddress once = EmailAddress.of(typed);
            assertThat(EmailAddress.of(once.value())).isEqualTo(once);
            assertThat(once.value()).isEqualTo(once.value().strip());
            String domain = once.value().substring(once.value().indexOf('@') + 1);
            assertThat(domain).isEqualTo(domain.toLowerCase(Locale.ROOT));
        });
    }

    @Test
    @DisplayName("has a match key that ignores case: any re-casing of an address matches it")
    void matchKeyIgnoresCase() {
        qt().forAll(addresses(), lists().of(booleans().all()).ofSize(32)).checkAssert((address, upper) -> {
            StringBuilder recased = new StringBuilder();
            for (int i = 0; i < address.length(); i++) {
                char c = address.charAt(i);
                recased.append(upper.get(i % upper.size()) ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            assertThat(EmailAddress.of(recased.toString()).matchKey()).isEqualTo(EmailAddress.of(address).matchKey())
                    .isEqualTo(address.toLowerCase(Locale.ROOT));
        });
    }

    /** Practical addresses: dot-atom local parts and two- to four-label domains, in mixed case. */
    private static Gen<String> addresses() {
        Gen<String> atoms = word("abcXYZ019!#$%&'*+/=?^_`{|}~-", 1, 8);
        Gen<String> local = lists().of(atoms).ofSizeBetween(1, 3).map(parts -> String.join(".", parts));
        Gen<String> label = word("abcdefXYZ0123456789", 1, 10)
                .zip(arbitrary().pick("", "-", "--"), word("aZ9", 1, 3), (a, hyphen, b) -> a + hyphen + b);
        Gen<String> tld = word("comCOMorgBE", 2, 6);
        Gen<String> domain = lists().of(label).ofSizeBetween(1, 3).zip(tld, (labels, top) -> String.join(".", labels)
                + "." + top);
        return local.zip(domain, (l, d) -> l + "@" + d);
    }

    private static Gen<String> word(String alphabet, int min, int max) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
        return lists().of(arbitrary().pick(chars)).ofSizes(integers().between(min, max))
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
