package org.embedcrm.core.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;

/**
 * Command: log a call, meeting, e-mail or note against a contact. Start from {@link #call}, {@link #meeting},
 * {@link #note} or {@link #email}.
 *
 * @param kind         never null
 * @param contact      the contact; never null
 * @param deal         the deal it was about, or null
 * @param lead         the lead it was about, or null
 * @param summary      1 to 200 characters
 * @param details      up to 10,000 characters, or null
 * @param occurredAt   when it happened, or null for now; not in the future
 * @param participants other contacts who took part, or null for none
 * @param outcome      up to 200 characters, or null
 * @param email        the envelope; required for e-mails, refused otherwise
 * @param followUp     a follow-up to plan, or null
 */
public record LogInteraction(@NotNull InteractionKind kind, @NotNull ContactId contact, DealId deal, LeadId lead,
                             @NotBlank @Size(max = LogInteraction.SUMMARY_MAX) String summary,
                             @Size(max = LogInteraction.DETAILS_MAX) String details, Instant occurredAt,
                             @Size(max = LogInteraction.PARTICIPANTS_MAX) Set<@NotNull ContactId> participants,
                             @Size(max = LogInteraction.OUTCOME_MAX) String outcome, @Valid EmailDetails email,
                             @Valid FollowUp followUp) {

    /** Longest summary accepted. */
    public static final int SUMMARY_MAX = 200;
    /** Longest details accepted. */
    public static final int DETAILS_MAX = 10_000;
    /** Longest outcome accepted. */
    public static final int OUTCOME_MAX = 200;
    /** Most participants accepted. */
    public static final int PARTICIPANTS_MAX = 100;

    /**
     * @param contact the contact called; never null
     * @param summary what it was about
     * @return a command logging a call that happened now
     */
    public static LogInteraction call(ContactId contact, String summary) {
        return of(InteractionKind.CALL, contact, summary, null);
    }

    /**
     * @param contact the contact met; never null
     * @param summary what it was about
     * @return a command logging a meeting that happened now
     */
    public static LogInteraction meeting(ContactId contact, String summary) {
        return of(InteractionKind.MEETING, contact, summary, null);
    }

    /**
     * @param contact the contact written about; never null
     * @param summary the note's gist
     * @return a command logging a note
     */
    public static LogInteraction note(ContactId contact, String summary) {
        return of(InteractionKind.NOTE, contact, summary, null);
    }

    /**
     * @param contact  the contact written to or by; never null
     * @param envelope the e-mail's envelope; never null
     * @return a command logging that e-mail, summarised by its subject (or "E-mail" when it has none)
     */
    public static LogInteraction email(ContactId contact, EmailDetails envelope) {
        Objects.requireNonNull(envelope, "envelope");
        String summary = envelope.subject() == null || envelope.subject().isBlank() ? "E-mail"
                : envelope.subject().strip();
        return of(InteractionKind.EMAIL, contact, summary.length() > SUMMARY_MAX
                ? summary.substring(0, SUMMARY_MAX) : summary, envelope);
    }

    private static LogInteraction of(InteractionKind kind, ContactId contact, String summary, EmailDetails email) {
        return new LogInteraction(kind, Objects.requireNonNull(contact, "contact"), null, null, summary, null, null,
                Set.of(), null, email, null);
    }

    /**
     * @param value the deal it was about
     * @return this command linked to that deal
     */
    public LogInteraction aboutDeal(DealId value) {
        return new LogInteraction(kind, contact, value, lead, summary, details, occurredAt, participants, outcome,
                email, followUp);
    }

    /**
     * @param value the lead it was about
     * @return this command linked to that lead
     */
    public LogInteraction aboutLead(LeadId value) {
        return new LogInteraction(kind, contact, deal, value, summary, details, occurredAt, participants, outcome,
                email, followUp);
    }

    /**
     * @param value the details
     * @return this command with those details
     */
    public LogInteraction withDetails(String value) {
        return new LogInteraction(kind, contact, deal, lead, summary, value, occurredAt, participants, outcome,
                email, followUp);
    }

    /**
     * @param value when it happened
     * @return this command for an interaction at that time
     */
    public LogInteraction at(Instant value) {
        return new LogInteraction(kind, contact, deal, lead, summary, details, value, participants, outcome, email,
                followUp);
    }

    /**
     * @param value the other contacts who took part
     * @return this command with those participants
     */
    public LogInteraction withParticipants(Set<ContactId> value) {
        return new LogInteraction(kind, contact, deal, lead, summary, details, occurredAt, value, outcome, email,
                followUp);
    }

    /**
     * @param value how it ended
     * @return this command with that outcome
     */
    public LogInteraction withOutcome(String value) {
        return new LogInteraction(kind, contact, deal, lead, summary, details, occurredAt, participants, value,
                email, followUp);
    }

    /**
     * @param value the follow-up to plan
     * @return this command planning that follow-up
     */
    public LogInteraction followUp(FollowUp value) {
        return new LogInteraction(kind, contact, deal, lead, summary, details, occurredAt, participants, outcome,
                email, value);
    }
}
