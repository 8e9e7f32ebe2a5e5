package org.embedcrm.spi.einvoicing;

import java.util.Optional;

/**
 * Finds out whether a company can receive e-invoices over PEPPOL, and which document types. A plugin provides one
 * through a {@link org.embedcrm.spi.plugin.PluginFactory PluginFactory&lt;ParticipantLookup&gt;} (see there for
 * discovery, lifecycle and evolution); {@code crm-plugin-peppol} is the reference implementation.
 *
 * <p><b>Threading.</b> Implementations are thread-safe and called from any thread, concurrently. {@link #lookUp}
 * may block on the network for as long as the implementation's timeout; call it outside a database transaction.
 * An implementation may cache answers, both "registered" and "not registered", for a time of its choosing.
 */
public interface ParticipantLookup {

    /**
     * Turns a number from a contact record into the participant identifier PEPPOL knows the company by, e.g. the
     * Belgian enterprise number {@code 0428.759.497} into {@code iso6523-actorid-upis::0208:0428759497}.
     *
     * @param identifier a VAT or registration number; never null
     * @return the participant; empty when PEPPOL has no identifier scheme for that kind of number in that country
     * @throws IllegalArgumentException when the number is malformed or fails its check digits; the message says why
     */
    Optional<ParticipantId> participantFor(BusinessIdentifier identifier);

    /**
     * @param participant the participant to look up; never null
     * @return whether it is registered and what it receives, possibly from a cache; never null
     * @throws ParticipantLookupException when no registry gave a usable answer
     */
    ParticipantRegistration lookUp(ParticipantId participant);

    /**
     * Looks up the participant a contact's number stands for: {@link #participantFor} then {@link #lookUp}.
     *
     * @param identifier a VAT or registration number; never null
     * @return the registration; empty when PEPPOL has no identifier scheme for that kind of number in that country
     * @throws IllegalArgumentException   when the number is malformed or fails its check digits
     * @throws ParticipantLookupException when no registry gave a usable answer
     */
    default Optional<ParticipantRegistration> lookUp(BusinessIdentifier identifier) {
        return participantFor(identifier).map(this::lookUp);
    }
}
