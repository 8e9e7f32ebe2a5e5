package org.embedcrm.plugin.peppol.internal;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import org.embedcrm.plugin.peppol.SmlDnsName;
import org.embedcrm.plugin.peppol.SmlRule;
import org.embedcrm.plugin.peppol.SmlZone;
import org.embedcrm.plugin.peppol.SmpLocator;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;

/**
 * Asks the participant's own SMP: computes its SML name, locates the SMP, then fetches
 * {@code GET {smp}/{percent-encoded scheme::value}}, the participant's ServiceGroup. No SML name or an HTTP 404 means
 * not registered.
 */
final class SmpRegistry implements Registry {

    private final SmpLocator locator;
    private final SmlZone zone;
    private final SmlRule rule;
    private final HttpGateway http;
    private final Clock clock;

    SmpRegistry(SmpLocator locator, SmlZone zone, SmlRule rule, HttpGateway http, Clock clock) {
        this.locator = locator;
        this.zone = zone;
        this.rule = rule;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ParticipantRegistration find(ParticipantId participant) {
        Optional<URI> smp = locate(participant);
        if (smp.isEmpty()) {
            return ParticipantRegistration.notRegistered(participant, clock.instant(), RegistrationSource.SMP);
        }
        URI serviceGroup = serviceGroupUrl(smp.get(), participant);
        HttpResponse<byte[]> response = http.get(serviceGroup, "application/xml", participant, "SMP");
        if (response.statusCode() == 404) {
            return ParticipantRegistration.notRegistered(participant, clock.instant(), RegistrationSource.SMP);
        }
        if (response.statusCode() != 200) {
            throw new ParticipantLookupException(participant,
                    "SMP " + serviceGroup + " answered HTTP " + response.statusCode());
        }
        try {
            return ParticipantRegistration.registered(participant, ServiceGroupReader.documentTypes(response.body()),
                    clock.instant(), RegistrationSource.SMP);
        } catch (MalformedResponseException e) {
            throw new ParticipantLookupException(participant,
                    "SMP " + serviceGroup + " sent a ServiceGroup that cannot be read: " + e.getMessage(), e);
        }
    }

    private Optional<URI> locate(ParticipantId participant) {
        SmlDnsName name = rule.dnsName(participant, zone);
        try {
            return locator.locate(name);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new ParticipantLookupException(participant,
                    "the SMP of SML name " + name.hostname() + " could not be located: " + e.getMessage(), e);
        }
    }

    /** The SMP URL may carry a path ({@code https://host/smp}); the identifier is one more segment below it. */
    private static URI serviceGroupUrl(URI smp, ParticipantId participant) {
        String base = smp.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + PercentEncoding.encode(participant.asText()));
    }
}
