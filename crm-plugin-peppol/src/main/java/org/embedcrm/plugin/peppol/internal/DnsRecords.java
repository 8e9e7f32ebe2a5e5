package org.embedcrm.plugin.peppol.internal;

import java.util.List;

/** The DNS questions the SMP locator asks: the NAPTR records of a name, and whether a host name exists. */
public interface DnsRecords {

    /**
     * @param hostname a DNS name; never null
     * @return the name's NAPTR records as text ({@code order preference flags service regexp replacement}); empty
     *         when the name does not exist or has none; never null
     * @throws java.io.UncheckedIOException when DNS could not answer
     */
    List<String> naptr(String hostname);

    /**
     * @param hostname a DNS name; never null
     * @return whether the name has a CNAME or an A record
     * @throws java.io.UncheckedIOException when DNS could not answer
     */
    boolean hostExists(String hostname);
}
