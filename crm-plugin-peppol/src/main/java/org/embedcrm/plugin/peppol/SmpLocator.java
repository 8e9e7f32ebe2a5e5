package org.embedcrm.plugin.peppol;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.plugin.peppol.internal.DnsSmpLocator;
import org.embedcrm.plugin.peppol.internal.JndiDnsRecords;

/**
 * Finds the SMP (Service Metadata Publisher) of a participant from its SML name: the U-NAPTR record of a
 * {@link SmlRule#NAPTR} name, or the host itself for a {@link SmlRule#LEGACY_CNAME} name. A host can give its own to
 * {@link PeppolPluginFactory#PeppolPluginFactory(SmpLocator)}, e.g. one backed by its DNS library.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface SmpLocator {

    /**
     * @param name the participant's SML name; never null
     * @return the SMP's base URL; empty when DNS has no such name or no usable record, i.e. the participant is not
     *         registered in that SML
     * @throws java.io.UncheckedIOException when DNS could not answer
     * @throws IllegalArgumentException     when DNS answered with a record that cannot be read
     */
    Optional<URI> locate(SmlDnsName name);

    /**
     * @param timeout how long to wait for each DNS answer; positive
     * @return a locator that asks the system's DNS resolvers through JNDI ({@code com.sun.jndi.dns})
     */
    static SmpLocator dns(Duration timeout) {
        return new DnsSmpLocator(new JndiDnsRecords(timeout));
    }

    /**
     * @param smp the one SMP to use, e.g. a host's own SMP or a test SMP; never null
     * @return a locator that answers that SMP for every name, without DNS
     */
    static SmpLocator fixed(URI smp) {
        Objects.requireNonNull(smp, "smp");
        return name -> Optional.of(smp);
    }
}
