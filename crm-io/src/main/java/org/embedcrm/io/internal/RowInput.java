package org.embedcrm.io.internal;

import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.ContactInput;

/**
 * What a row asks a contact to hold: its fields, and its consent flags when the file has those columns.
 *
 * @param input        every editable field; never null
 * @param refusesCalls whether it refuses calls, or null when the file does not say
 * @param refusesMails whether it refuses e-mails, or null when the file does not say
 */
record RowInput(ContactInput input, Boolean refusesCalls, Boolean refusesMails) {

    /**
     * @param current the contact's consent now; never null
     * @return whether the row asks for another consent
     */
    boolean changesConsent(Consent current) {
        return (refusesCalls != null && refusesCalls != current.callRejected())
                || (refusesMails != null && refusesMails != current.emailRejected());
    }

    /**
     * @param current the contact's consent now; never null
     * @return whether calls are to be refused, the file's flag or else the current one
     */
    boolean calls(Consent current) {
        return refusesCalls != null ? refusesCalls : current.callRejected();
    }

    /**
     * @param current the contact's consent now; never null
     * @return whether e-mails are to be refused, the file's flag or else the current one
     */
    boolean mails(Consent current) {
        return refusesMails != null ? refusesMails : current.emailRejected();
    }
}
