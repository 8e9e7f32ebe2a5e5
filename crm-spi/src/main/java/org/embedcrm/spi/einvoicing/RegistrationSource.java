package org.embedcrm.spi.einvoicing;

/** Where a {@link ParticipantRegistration} was looked up. */
public enum RegistrationSource {
    /** The participant's own SMP, found through the SML in DNS: the authoritative answer. */
    SMP,
    /** The PEPPOL Directory search: a public index that lists only the participants whose SMP published them there. */
    DIRECTORY
}
