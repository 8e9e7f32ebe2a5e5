package org.embedcrm.plugin.peppol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.DigestUtils;
import org.embedcrm.spi.einvoicing.ParticipantId;

/**
 * How a participant's name in an SML zone is computed. Both rules hash the lower-cased participant value only
 * (e.g. {@code 0208:0428759497}, not the scheme) and append the lower-cased scheme and the zone.
 */
public enum SmlRule {

    /**
     * The current Peppol (BDXL) rule: the base32 of the SHA-256 of the value, without padding, lower case; the name
     * carries a U-NAPTR record whose regular expression gives the SMP's URL.
     */
    NAPTR {
        @Override
        String label(String value) {
            String base32 = new Base32().encodeAsString(DigestUtils.sha256(value.getBytes(StandardCharsets.UTF_8)));
            return base32.replace("=", "").toLowerCase(Locale.ROOT);
        }
    },

    /**
     * The legacy rule: {@code B-} and the hexadecimal MD5 of the value; the name is a CNAME or A record of the SMP
     * host, whose URL is {@code http://<name>/}.
     */
    LEGACY_CNAME {
        @Override
        String label(String value) {
            return "B-" + DigestUtils.md5Hex(value.getBytes(StandardCharsets.UTF_8));
        }
    };

    /**
     * @param participant the participant; never null
     * @param zone        the SML zone; never null
     * @return the participant's name in that zone under this rule; never null
     */
    public SmlDnsName dnsName(ParticipantId participant, SmlZone zone) {
        Objects.requireNonNull(participant, "participant");
        String hostname = label(participant.value().toLowerCase(Locale.ROOT)) + "."
                + participant.scheme().toLowerCase(Locale.ROOT) + "." + Objects.requireNonNull(zone, "zone").name();
        return new SmlDnsName(hostname, this);
    }

    abstract String label(String lowerCaseValue);
}
