package org.embedcrm.plugin.peppol;

import java.util.Objects;

/**
 * A participant's name in an SML zone and the rule it was computed with, which says which DNS records to ask for.
 *
 * @param hostname the DNS name, e.g. {@code dhxzyjo6njh5q24r23zyesbqibf4v2v2nq5jttdw24jl4zls55ga.iso6523-actorid-upis.participant.sml.prod.tech.peppol.org};
 *                 never blank
 * @param rule     the rule that produced it; never null
 */
public record SmlDnsName(String hostname, SmlRule rule) {

    /** Rejects a blank hostname and a null rule. */
    public SmlDnsName {
        if (Objects.requireNonNull(hostname, "hostname").isBlank()) {
            throw new IllegalArgumentException("hostname must not be blank");
        }
        Objects.requireNonNull(rule, "rule");
    }
}
