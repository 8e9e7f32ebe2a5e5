package org.embedcrm.core.einvoicing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/**
 * The last known PEPPOL registration of a contact.
 *
 * @param tenant        never null
 * @param contact       never null
 * @param participant   the participant identifier looked up, e.g. {@code iso6523-actorid-upis::0208:0428759497};
 *                      never null
 * @param registered    whether the network knows the participant
 * @param documentTypes the document types it receives, as identifiers; never null
 * @param checkedAt     when the registry answered; never null
 * @param source        which registry answered, e.g. {@code SMP} or {@code DIRECTORY}; never null
 */
public record PeppolStatus(TenantId tenant, ContactId contact, String participant, boolean registered,
                           List<String> documentTypes, Instant checkedAt, String source) {

    /** Longest participant identifier stored. */
    public static final int PARTICIPANT_MAX = 200;

    /** Rejects missing parts and copies the document types. */
    public PeppolStatus {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(participant, "participant");
        if (participant.length() > PARTICIPANT_MAX) {
            throw new IllegalArgumentException("participant identifier over " + PARTICIPANT_MAX + " characters");
        }
        documentTypes = List.copyOf(documentTypes);
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(source, "source");
    }
}
