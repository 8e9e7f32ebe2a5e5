package org.embedcrm.core.party;

/**
 * What a contact refused: calls, e-mails, or neither. Integrations (e.g. the Mailchimp sync) honour it.
 *
 * @param call  the refusal of calls, or null when calls are fine
 * @param email the refusal of e-mails, or null when e-mails are fine
 */
public record Consent(Rejection call, Rejection email) {

    /** @return consent to both calls and e-mails */
    public static Consent none() {
        return new Consent(null, null);
    }

    /**
     * @param refuseCalls  whether calls are refused from now on
     * @param refuseEmails whether e-mails are refused from now on
     * @param now          the record of a refusal made now; never null
     * @return the consent asked for: a refusal already recorded keeps its original record, a new one gets
     *         {@code now}, a lifted one is dropped
     */
    public Consent refusing(boolean refuseCalls, boolean refuseEmails, Rejection now) {
        return new Consent(refuseCalls ? (callRejected() ? call : now) : null,
                refuseEmails ? (emailRejected() ? email : now) : null);
    }

    /** @return whether the contact refused calls */
    public boolean callRejected() {
        return call != null;
    }

    /** @return whether the contact refused e-mails */
    public boolean emailRejected() {
        return email != null;
    }
}
