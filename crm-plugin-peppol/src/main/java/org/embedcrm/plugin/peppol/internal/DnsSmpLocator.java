package org.embedcrm.plugin.peppol.internal;

import java.net.URI;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.plugin.peppol.SmlDnsName;
import org.embedcrm.plugin.peppol.SmlRule;
import org.embedcrm.plugin.peppol.SmpLocator;

/**
 * Finds an SMP in DNS: for a NAPTR name, the {@code U} / {@code Meta:SMP} record of lowest order, then lowest
 * preference, whose regular expression gives the SMP's URL; for a legacy name, {@code http://<name>/} when the
 * name exists.
 */
public final class DnsSmpLocator implements SmpLocator {

    private static final Comparator<NaptrRecord> FIRST_TRIED =
            Comparator.comparingInt(NaptrRecord::order).thenComparingInt(NaptrRecord::preference);

    private final DnsRecords dns;

    /** @param dns where to ask; never null */
    public DnsSmpLocator(DnsRecords dns) {
        this.dns = Objects.requireNonNull(dns, "dns");
    }

    @Override
    public Optional<URI> locate(SmlDnsName name) {
        if (name.rule() == SmlRule.LEGACY_CNAME) {
            return dns.hostExists(name.hostname())
                    ? Optional.of(URI.create("http://" + name.hostname() + "/"))
                    : Optional.empty();
        }
        return dns.naptr(name.hostname()).stream()
                .map(NaptrRecord::parse)
                .filter(NaptrRecord::pointsToSmp)
                .sorted(FIRST_TRIED)
                .map(naptr -> naptr.smpUrl(name.hostname()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
