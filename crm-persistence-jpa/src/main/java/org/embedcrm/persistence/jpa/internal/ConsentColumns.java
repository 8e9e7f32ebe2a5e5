package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.Rejection;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact's refusals of calls and e-mails in {@code embedcrm_contacts}: when and by whom each was recorded.
 *
 * @param callRejectedAt  or null when calls are fine
 * @param callRejectedBy  or null when calls are fine
 * @param emailRejectedAt or null when e-mails are fine
 * @param emailRejectedBy or null when e-mails are fine
 */
@Embeddable
record ConsentColumns(
        @Column(name = "call_rejected_at") Instant callRejectedAt,
        @Column(name = "call_rejected_by", length = 128) String callRejectedBy,
        @Column(name = "email_rejected_at") Instant emailRejectedAt,
        @Column(name = "email_rejected_by", length = 128) String emailRejectedBy) {

    /** @return the columns, or null when the contact refused nothing (Hibernate reads all-null columns as null) */
    static ConsentColumns of(Consent consent) {
        if (!consent.callRejected() && !consent.emailRejected()) {
            return null;
        }
        Rejection call = consent.call();
        Rejection email = consent.email();
        return new ConsentColumns(call == null ? null : call.at(), call == null ? null : call.by().value(),
                email == null ? null : email.at(), email == null ? null : email.by().value());
    }

    /** @return the consent the columns hold, or {@link Consent#none()} for null columns */
    static Consent toConsent(ConsentColumns columns) {
        return columns == null ? Consent.none()
                : new Consent(rejection(columns.callRejectedAt, columns.callRejectedBy),
                        rejection(columns.emailRejectedAt, columns.emailRejectedBy));
    }

    private static Rejection rejection(Instant at, String by) {
        return at == null ? null : new Rejection(at, new UserRef(by));
    }
}
