package org.embedcrm.plugin.peppol.internal;

import java.util.Objects;
import java.util.Optional;
import org.embedcrm.plugin.peppol.SmpLocator;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.embedcrm.spi.plugin.PluginContext;

/** The PEPPOL plugin's {@link ParticipantLookup}: builds participant ids, asks the SMP or the Directory, caches. */
public final class PeppolParticipantLookup implements ParticipantLookup {

    private final Registry registry;

    private PeppolParticipantLookup(Registry registry) {
        this.registry = registry;
    }

    /**
     * @param settings the plugin's settings; never null
     * @param dns      the locator to use when no {@code smp-url} is set; never null
     * @param context  the plugin's context, for its clock; never null
     * @return the lookup those settings describe
     */
    public static PeppolParticipantLookup create(PeppolSettings settings, SmpLocator dns, PluginContext context) {
        HttpGateway http = new HttpGateway(settings.timeout());
        Registry registry = settings.mode() == RegistrationSource.DIRECTORY
                ? new DirectoryRegistry(settings.directoryUrl(), http, context.clock())
                : new SmpRegistry(settings.smpUrl().map(SmpLocator::fixed).orElse(dns), settings.smlZone(),
                        settings.smlRule(), http, context.clock());
        return new PeppolParticipantLookup(settings.cacheTtl().isZero()
                ? registry
                : new RegistrationCache(registry, settings.cacheTtl(), context.clock()));
    }

    @Override
    public Optional<ParticipantId> participantFor(BusinessIdentifier identifier) {
        return ParticipantIds.of(Objects.requireNonNull(identifier, "identifier"));
    }

    @Override
    public ParticipantRegistration lookUp(ParticipantId participant) {
        return registry.find(Objects.requireNonNull(participant, "participant"));
    }
}
