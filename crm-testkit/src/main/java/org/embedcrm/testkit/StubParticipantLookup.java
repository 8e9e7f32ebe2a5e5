package org.embedcrm.testkit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;

/**
 * A PEPPOL network in memory: participants are identified as {@code 9925:<country><digits>} from VAT numbers and
 * {@code 0208:<digits>} from Belgian enterprise numbers, and registered when a test says so. Records every lookup; can be taken down to play an unreachable registry.
 */
public final class StubParticipantLookup implements ParticipantLookup {

    private final Clock clock;
    private final Map<String, List<DocumentType>> registered = new ConcurrentHashMap<>();
    private final List<ParticipantId> lookups = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** @param clock gives the checked-at times; never null */
    public StubParticipantLookup(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param participant   the participant to register, e.g. {@code 9925:BE0428759497}; never null
     * @param documentTypes what it receives; never null
     */
    public void register(String participant, List<DocumentType> documentTypes) {
        registered.put(participant, List.copyOf(documentTypes));
    }

    @Override
    public Optional<ParticipantId> participantFor(BusinessIdentifier identifier) {
        String digits = identifier.value().replaceAll("[^0-9A-Za-z]", "").toUpperCase();
        if (identifier.kind() == BusinessIdentifier.Kind.REGISTRATION_NUMBER) {
            return identifier.country().equals("BE") ? Optional.of(ParticipantId.iso6523("0208", digits))
                    : Optional.empty();
        }
        if (!digits.startsWith(identifier.country())) {
            digits = identifier.country() + digits;
        }
        if (digits.length() < 4) {
            throw new IllegalArgumentException("VAT number too short: " + identifier.value());
        }
        return Optional.of(ParticipantId.iso6523("9925", digits));
    }

    @Override
    public ParticipantRegistration lookUp(ParticipantId participant) {
        if (down) {
            throw new ParticipantLookupException(participant, "the registry is down", null);
        }
        lookups.add(participant);
        List<DocumentType> types = registered.get(participant.value());
        return types == null
                ? ParticipantRegistration.notRegistered(participant, clock.instant(), RegistrationSource.SMP)
                : ParticipantRegistration.registered(participant, types, clock.instant(), RegistrationSource.SMP);
    }

    /** @return every participant looked up, oldest first */
    public List<ParticipantId> lookups() {
        return List.copyOf(lookups);
    }

    /** @param value whether every lookup fails from now on */
    public void down(boolean value) {
        this.down = value;
    }
}
