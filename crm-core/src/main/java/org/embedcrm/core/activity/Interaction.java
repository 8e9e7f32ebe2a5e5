package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact moment that happened: a call, meeting, e-mail or note, logged against a contact and optionally a deal
 * and a lead. Interactions are a record of the past and are not edited.
 *
 * @param id           identifies it; never null
 * @param tenant       never null
 * @param kind         never null
 * @param contact      the contact it was with; never null
 * @param deal         the deal it was about, or null
 * @param lead         the lead it was about, or null
 * @param summary      1 to 200 characters; never null
 * @param details      up to 10,000 characters, or null
 * @param occurredAt   when it happened; never null
 * @param author       who logged it; never null
 * @param participants other contacts who took part; never null
 * @param outcome      how it ended, up to 200 characters, or null
 * @param email        the envelope, present exactly for e-mails
 * @param followUp     the follow-up asked for, or null
 * @param followUpTask the task planned for that follow-up, or null
 * @param loggedAt     when it was logged; never null
 */
public record Interaction(InteractionId id, TenantId tenant, InteractionKind kind, ContactId contact, DealId deal,
                          LeadId lead, String summary, String details, Instant occurredAt, UserRef author,
                          Set<ContactId> participants, String outcome, EmailDetails email, FollowUp followUp,
                          ActivityId followUpTask, Instant loggedAt) {

    /** Rejects missing parts and e-mail details on anything but an e-mail. */
    public Interaction {
        Objects.requireNonNull(id, "interaction id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(loggedAt, "loggedAt");
        participants = Set.copyOf(participants);
        if ((kind == InteractionKind.EMAIL) != (email != null)) {
            throw new IllegalArgumentException("e-mail details belong to e-mails, and every e-mail has them");
        }
    }

    /** @return the deal it was about */
    public Optional<DealId> dealId() {
        return Optional.ofNullable(deal);
    }

    /** @return the lead it was about */
    public Optional<LeadId> leadId() {
        return Optional.ofNullable(lead);
    }

    /** @return the e-mail's message id, when it is an e-mail that has one */
    public Optional<String> messageId() {
        return Optional.ofNullable(email).map(EmailDetails::messageId);
    }
}
