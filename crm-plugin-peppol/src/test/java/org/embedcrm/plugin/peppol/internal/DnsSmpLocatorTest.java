package org.embedcrm.plugin.peppol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.embedcrm.plugin.peppol.SmlDnsName;
import org.embedcrm.plugin.peppol.SmlRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The DNS answers come from a fake: no real DNS. */
@DisplayName("locating an SMP in DNS")
class DnsSmpLocatorTest {

    private static final String NAME = "abc.iso6523-actorid-upis.participant.sml.test.tech.peppol.org";
    private static final SmlDnsName NAPTR_NAME = new SmlDnsName(NAME, SmlRule.NAPTR);

    /** DNS with NAPTR records for some names and hosts for others. */
    private static DnsSmpLocator dns(Map<String, List<String>> naptr, List<String> hosts) {
        return new DnsSmpLocator(new DnsRecords() {
            @Override
            public List<String> naptr(String hostname) {
                return naptr.getOrDefault(hostname, List.of());
            }

            @Override
            public boolean hostExists(String hostname) {
                return hosts.contains(hostname);
            }
        });
    }

    @Test
    @DisplayName("takes the U / Meta:SMP record of lowest order, then lowest preference")
    void selection() {
        DnsSmpLocator locator = dns(Map.of(NAME, List.of(
                "20 1 U Meta:SMP !.*!https://later.example.org/! .",
                "10 5 U Meta:SMP !.*!https://second.example.org/! .",
                "10 2 U Meta:SMP !.*!https://first.example.org/smp/! .",
                "1 1 S Meta:SMP !.*!https://not-terminal.example.org/! .",
                "1 1 U Meta:Other !.*!https://other-service.example.org/! .")), List.of());

        assertThat(locator.locate(NAPTR_NAME)).contains(URI.create("https://first.example.org/smp/"));
    }

    @Test
    @DisplayName("reads records as JNDI prints them, quoted when they hold a backslash, and back-references")
    void quotedRecord() {
        DnsSmpLocator locator = dns(Map.of(NAME, List.of(
                "100 10 \"U\" \"Meta:SMP\" \"!^([a-z]+)\\\\..*$!https://smp.example.org/\\\\1/!\" .")), List.of());

        assertThat(locator.locate(NAPTR_NAME)).contains(URI.create("https://smp.example.org/abc/"));
    }

    @Test
    @DisplayName("finds nothing for a name without records, i.e. a participant not in the SML")
    void unknownName() {
        assertThat(dns(Map.of(), List.of()).locate(NAPTR_NAME)).isEmpty();
    }

    @Test
    @DisplayName("refuses a record whose substitution gives no http(s) URL")
    void notHttp() {
        DnsSmpLocator locator = dns(Map.of(NAME, List.of("1 1 U Meta:SMP !.*!mailto:smp@example.org! .")), List.of());

        assertThatThrownBy(() -> locator.locate(NAPTR_NAME)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no http(s) URL");
    }

    @Test
    @DisplayName("refuses a record that is not NAPTR data")
    void malformedRecord() {
        assertThatThrownBy(() -> dns(Map.of(NAME, List.of("10 U Meta:SMP")), List.of()).locate(NAPTR_NAME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 fields");
    }

    @Test
    @DisplayName("under the legacy rule, uses http://<name>/ when the name exists, nothing otherwise")
    void legacy() {
        String legacyName = "B-96e439d2833208396219b5da9636632e.iso6523-actorid-upis.participant.sml.prod.tech.peppol.org";
        DnsSmpLocator locator = dns(Map.of(), List.of(legacyName));

        assertThat(locator.locate(new SmlDnsName(legacyName, SmlRule.LEGACY_CNAME)))
                .contains(URI.create("http://" + legacyName + "/"));
        assertThat(locator.locate(new SmlDnsName("B-0." + legacyName, SmlRule.LEGACY_CNAME))).isEmpty();
    }
}
