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

    /** @return whether the contact refused calls */
    public boolean callRejected() {
        return call != null;
    }

    /** @return whether the contact refused e-mails */
    public boolean emailRejected() {
        return email != null;
    }
}
