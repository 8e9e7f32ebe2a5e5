package org.embedcrm.spi.einvoicing;

import java.util.Objects;

/**
 * A PEPPOL lookup that could not give an answer: the SML, the SMP or the Directory could not be reached, answered
 * with an error, or sent a response that could not be read. It says nothing about whether the participant is
 * registered; a later lookup may succeed.
 */
public class ParticipantLookupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String participant;

    /**
     * @param participant the participant being looked up; never null
     * @param message     what went wrong, naming the registry and its address; never null
     * @param cause       the underlying failure; null when there is none
     */
    public ParticipantLookupException(ParticipantId participant, String message, Throwable cause) {
        super("PEPPOL lookup of " + Objects.requireNonNull(participant, "participant").asText() + " failed: "
                + Objects.requireNonNull(message, "message"), cause);
        this.participant = participant.asText();
    }

    /**
     * @param participant the participant being looked up; never null
     * @param message     what went wrong, naming the registry and its address; never null
     */
    public ParticipantLookupException(ParticipantId participant, String message) {
        this(participant, message, null);
    }

    /** @return the participant being looked up; never null */
    public ParticipantId participant() {
        return ParticipantId.parse(participant);
    }
}
