package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("normalising e-mail addresses")
class EmailAddressesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ' Anna.Peeters@Acme.BE '     | anna.peeters@acme.be
            anna+newsletter@acme.be      | anna@acme.be
            ANNA+a+b@ACME.BE             | anna@acme.be
            +anna@acme.be                | +anna@acme.be
            anna@@acme.be                | anna@@acme.be
            hannah88opowersc@m           | hannah88opowersc@m
            """)
    @DisplayName("lower-cases them and strips plus-addressing, keeping malformed ones as typed but lower-cased")
    void normalises(String address, String normalised) {
        assertThat(EmailAddresses.normalise(address)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "05/31/15", "anna.acme.be"})
    @DisplayName("ignores text without any @, such as a date typed in the wrong column")
    void ignoresNonAddresses(String text) {
        assertThat(EmailAddresses.normalise(text)).isNull();
    }

    @ParameterizedTest(name = "{0} spells out {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            anna.peeters85@acme.be | anna     | true
            anna.peeters85@acme.be | peeters  | true
            apeeters@acme.be       | peeters  | true
            joanna.maes@acme.be    | anna     | false
            anna.peeters@acme.be   | maes     | false
            al.maes@acme.be        | al       | false
            peeters.acme.be        | peeters  | false
            """)
    @DisplayName("tells whether the local part of an address starts or ends with a name of three letters or more")
    void spellsOut(String address, String name, boolean spelt) {
        assertThat(EmailAddresses.spellsOut(address, name)).isEqualTo(spelt);
    }

    @Nested
    @DisplayName("telling company domains from free mail")
    class Domains {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"anna@gmail.com", "anna@googlemail.com", "anna@hotmail.com", "anna@hotmail.co.uk",
                "anna@outlook.be", "anna@live.nl", "anna@yahoo.fr", "anna@gmx.de", "anna@gmx.at", "anna@web.de",
                "anna@icloud.com", "anna@me.com", "anna@telenet.be", "anna@proton.me", "anna@aol.com"})
        @DisplayName("a free-mail address has no company domain")
        void freeMail(String address) {
            assertThat(EmailAddresses.companyDomain(address)).isNull();
        }

        @ParameterizedTest(name = "{0} is at {1}")
        @CsvSource(delimiter = '|', textBlock = """
                anna@acme.be           | acme.be
                jan@sales.acme.co.uk   | sales.acme.co.uk
                piet@gmailer.com       | gmailer.com
                """)
        @DisplayName("any other domain is a company's")
        void companyDomain(String address, String domain) {
            assertThat(EmailAddresses.companyDomain(address)).isEqualTo(domain);
        }

        @Test
        @DisplayName("a broken address without a domain has none")
        void noDomain() {
            assertThat(EmailAddresses.companyDomain("hannah88opowersc@m")).isNull();
            assertThat(FreeMailDomains.isFreeMail("acme.be")).isFalse();
            assertThat(FreeMailDomains.isFreeMail("yahoo.co.jp")).isTrue();
        }
    }
}
