package org.embedcrm.plugin.peppol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published hash vectors of the reference (peppol-commons tests, Peppol policy and SML examples). */
@DisplayName("a participant's SML name")
class SmlRuleTest {

    private static final SmlZone EC_LEGACY_ZONE = new SmlZone("edelivery.tech.ec.europa.eu");

    private static String name(SmlRule rule, String value, SmlZone zone) {
        return rule.dnsName(ParticipantId.parse("iso6523-actorid-upis::" + value), zone).hostname();
    }

    @Nested
    @DisplayName("under the NAPTR rule")
    class Naptr {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "0088:1234567890123, sjsyvccmqyjxk3weuapffq4x3umcrf4qryherj4vovhmonh7gccq",
            "0088:123abc,        y7dzfxaf3d4cjz4kcgrxtec6twvcga4ky7zwa5boif6mswd4tdrq",
            "0088:123ABC,        y7dzfxaf3d4cjz4kcgrxtec6twvcga4ky7zwa5boif6mswd4tdrq",
            "9915:test,          eh5boavaktmbgzyh2a63dz4qov33fvp5nsdvqklucfraayoodw6a",
            "0010:5798000000001, xukhfqabqziki3ykvr2fhr4snfa3pf5vpq6k4tonv3lmvsy5arvq",
            "0208:0428759497,    dhxzyjo6njh5q24r23zyesbqibf4v2v2nq5jttdw24jl4zls55ga",
            "9925:BE0428759497,  brtbs653u566akp3gvajfvzfxt4pndtc23tinsg2havcj6yaif6q",
        })
        @DisplayName("is the lower-case base32 of the SHA-256 of the lower-cased value, then scheme and zone")
        void vectors(String value, String label) {
            assertThat(name(SmlRule.NAPTR, value, SmlZone.TEST))
                    .isEqualTo(label + ".iso6523-actorid-upis.participant.sml.test.tech.peppol.org");
        }

        @Test
        @DisplayName("is 52 base32 characters without padding, whatever the value")
        void shape() {
            qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40))
                    .assuming(text -> text.chars().noneMatch(Character::isWhitespace))
                    .check(text -> SmlRule.NAPTR.label(text).matches("[a-z2-7]{52}"));
        }
    }

    @Nested
    @DisplayName("under the legacy CNAME rule")
    class Legacy {

        @ParameterizedTest(name = "{0} in {2}")
        @CsvSource({
            "9915:test,         B-85008b8279e07ab0392da75fa55856a2, edelivery.tech.ec.europa.eu",
            "0088:123abc,       B-f5e78500450d37de5aabe6648ac3bb70, edelivery.tech.ec.europa.eu",
            "0088:123ABC,       B-f5e78500450d37de5aabe6648ac3bb70, edelivery.tech.ec.europa.eu",
            "0088:123abc,       B-f5e78500450d37de5aabe6648ac3bb70, participant.sml.prod.tech.peppol.org",
            "9915:test,         B-85008b8279e07ab0392da75fa55856a2, participant.sml.test.tech.peppol.org",
            "0208:0428759497,   B-96e439d2833208396219b5da9636632e, participant.sml.prod.tech.peppol.org",
            "9925:BE0428759497, B-aa9ef38ca6b6322d65ff00b7e96d6d62, participant.sml.prod.tech.peppol.org",
        })
        @DisplayName("is B- and the MD5 of the lower-cased value, then scheme and zone")
        void vectors(String value, String label, String zone) {
            assertThat(name(SmlRule.LEGACY_CNAME, value, SmlZone.of(zone)))
                    .isEqualTo(label + ".iso6523-actorid-upis." + zone);
        }

        @Test
        @DisplayName("hashes an empty value to the MD5 of nothing")
        void emptyValue() {
            assertThat(SmlRule.LEGACY_CNAME.label("")).isEqualTo("B-d41d8cd98f00b204e9800998ecf8427e");
        }
    }

    @Test
    @DisplayName("does not depend on the case of the value or the scheme")
    void caseInsensitive() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 30))
                .assuming(text -> text.chars().noneMatch(Character::isWhitespace))
                .check(text -> {
                    ParticipantId lower = new ParticipantId("x-scheme", text.toLowerCase(Locale.ROOT));
                    ParticipantId upper = new ParticipantId("X-SCHEME", text.toUpperCase(Locale.ROOT));
                    return SmlRule.NAPTR.dnsName(lower, EC_LEGACY_ZONE).equals(SmlRule.NAPTR.dnsName(upper, EC_LEGACY_ZONE))
                            && SmlRule.LEGACY_CNAME.dnsName(lower, EC_LEGACY_ZONE)
                                    .equals(SmlRule.LEGACY_CNAME.dnsName(upper, EC_LEGACY_ZONE));
                });
    }
}
