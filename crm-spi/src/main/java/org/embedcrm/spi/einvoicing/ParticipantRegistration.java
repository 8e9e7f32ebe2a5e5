package org.embedcrm.spi.einvoicing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a lookup found out about a company on the PEPPOL network at one moment: whether it is registered, and if so
 * which document types it can receive.
 *
 * @param participant   the participant looked up; never null
 * @param registered    whether the participant is registered
 * @param documentTypes the document types it receives, in the order the registry listed them, without duplicates;
 *                      empty when not registered; never null
 * @param checkedAt     when the registry answered; never null
 * @param source        which registry answered; never null
 */
public record ParticipantRegistration(ParticipantId participant, boolean registered, List<DocumentType> documentTypes,
                                      Instant checkedAt, RegistrationSource source) {

    /** Rejects null parts, duplicate document types and document types on an unregistered participant; copies the list. */
    public ParticipantRegistration {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(source, "source");
        documentTypes = List.copyOf(documentTypes);
        if (!registered && !documentTypes.isEmpty()) {
            throw new IllegalArgumentException("an unregistered participant receives no document types");
        }
        if (documentTypes.stream().distinct().count() != documentTypes.size()) {
            throw new IllegalArgumentException("document types must not repeat: " + documentTypes);
        }
    }

    /**
     * @param participant   the participant; never null
     * @param documentTypes the document types it receives, without duplicates; never null
     * @param checkedAt     when the registry answered; never null
     * @param source        which registry answered; never null
     * @return a registered participant
     */
    public static ParticipantRegistration registered(ParticipantId participant, List<DocumentType> documentTypes,
                                                     Instant checkedAt, RegistrationSource source) {
        return new ParticipantRegistration(participant, true, documentTypes, checkedAt, source);
    }

    /**
     * @param participant the participant; never null
     * @param checkedAt   when the registry answered; never null
     * @param source      which registry answered; never null
     * @return a participant the registry does not know
     */
    public static ParticipantRegistration notRegistered(ParticipantId participant, Instant checkedAt,
                                                        RegistrationSource source) {
        return new ParticipantRegistration(participant, false, List.of(), checkedAt, source);
    }

    /**
     * @param documentType a document type; never null
     * @return whether the participant receives it
     */
    public boolean receives(DocumentType documentType) {
        return documentTypes.contains(Objects.requireNonNull(documentType, "documentType"));
    }
}
