package org.embedcrm.plugin.peppol.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;

/**
 * Keeps each answer of a registry, "registered" and "not registered" alike, for a time to live counted from its
 * {@code checkedAt} on the {@code Crm}'s clock. Failures are not kept: the next lookup asks again. Thread-safe; two
 * threads missing the same participant at once both ask the registry.
 */
final class RegistrationCache implements Registry {

    /** Past this many answers, expired ones are dropped before a new one is kept. */
    static final int PRUNE_ABOVE = 10_000;

    private final Registry registry;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<ParticipantId, ParticipantRegistration> answers = new ConcurrentHashMap<>();

    RegistrationCache(Registry registry, Duration timeToLive, Clock clock) {
        this.registry = registry;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public ParticipantRegistration find(ParticipantId participant) {
        ParticipantRegistration kept = answers.get(participant);
        Instant now = clock.instant();
        if (kept != null && !expired(kept, now)) {
            return kept;
        }
        ParticipantRegistration fresh = registry.find(participant);
        if (answers.size() >= PRUNE_ABOVE) {
            answers.values().removeIf(answer -> expired(answer, now));
        }
        answers.put(participant, fresh);
        return fresh;
    }

    /** @return how many answers are kept, expired or not */
    int size() {
        return answers.size();
    }

    private boolean expired(ParticipantRegistration answer, Instant now) {
        return !now.isBefore(answer.checkedAt().plus(timeToLive));
    }
}
