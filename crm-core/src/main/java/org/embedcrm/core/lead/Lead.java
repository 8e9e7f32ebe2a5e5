package org.embedcrm.core.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A potential business opportunity not yet qualified: someone interested, met at a fair, who filled in a form.
 * It moves through the tenant's lead statuses until it is converted (once) into a customer, or lost.
 *
 * <p>Obtain leads from {@link LeadService}; adapters rebuild them with {@link #restore(Snapshot)}.
 */
public final class Lead {

    private final LeadId id;
    private final TenantId tenant;
    private final long version;
    private LeadDetails details;
    private LeadStatusId status;
    private UserRef assignee;
    private Consent consent;
    private LostReasonId lostReason;
    private String lostNote;
    private LeadConversion conversion;
    private final List<DealId> opportunities;
    private final Instant createdAt;
    private final UserRef createdBy;
    private Instant updatedAt;

    /**
     * Everything a lead holds, for storage adapters.
     *
     * @param id            never null
     * @param tenant        never null
     * @param version       the stored version: 0 when new and when just added, one more after each update
     * @param details       never null
     * @param status        never null
     * @param assignee      never null
     * @param consent       never null
     * @param lostReason    while lost, the reason; else null
     * @param lostNote      while lost, the free text; else null
     * @param conversion    once converted, what into; else null
     * @param opportunities deals opened from it, oldest first; never null
     * @param createdAt     never null
     * @param createdBy     never null
     * @param updatedAt     never null
     */
    public record Snapshot(LeadId id, TenantId tenant, long version, LeadDetails details, LeadStatusId status,
                           UserRef assignee, Consent consent, LostReasonId lostReason, String lostNote,
                           LeadConversion conversion, List<DealId> opportunities, Instant createdAt,
                           UserRef createdBy, Instant updatedAt) {

        /** Copies the list. */
        public Snapshot {
            opportunities = List.copyOf(opportunities);
        }
    }

    private Lead(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "lead id");
        this.tenant = Objects.requireNonNull(s.tenant(), "tenant");
        this.version = s.version();
        this.details = Objects.requireNonNull(s.details(), "details");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.assignee = Objects.requireNonNull(s.assignee(), "assignee");
        this.consent = Objects.requireNonNull(s.consent(), "consent");
        this.lostReason = s.lostReason();
        this.lostNote = s.lostNote();
        this.conversion = s.conversion();
        this.opportunities = new ArrayList<>(s.opportunities());
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    /**
     * @param snapshot a stored lead; never null
     * @return the lead it describes
     */
    public static Lead restore(Snapshot snapshot) {
        return new Lead(snapshot);
    }

    static Lead create(LeadId id, TenantId tenant, LeadDetails details, LeadStatus status, UserRef assignee,
                       Consent consent, Instant now, UserRef by) {
        return new Lead(new Snapshot(id, tenant, 0, details, status.id(), assignee, consent, null, null, null,
                List.of(), now, by, now));
    }

    /** @return everything this lead holds; never null */
    public Snapshot snapshot() {
        return new Snapshot(id, tenant, version, details, status, assignee, consent, lostReason, lostNote, conversion,
                opportunities, createdAt, createdBy, updatedAt);
    }

    /** @return its identifier */
    public LeadId id() {
        return id;
    }

    /** @return the tenant it belongs to */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the stored version this state is based on */
    public long version() {
        return version;
    }

    /** @return its editable fields */
    public LeadDetails details() {
        return details;
    }

    /** @return its status */
    public LeadStatusId status() {
        return status;
    }

    /** @return the user responsible for it */
    public UserRef assignee() {
        return assignee;
    }

    /** @return whether the contact refused calls or e-mails, with when and by whom */
    public Consent consent() {
        return consent;
    }

    /** @return the reason it was lost, while lost */
    public Optional<LostReasonId> lostReason() {
        return Optional.ofNullable(lostReason);
    }

    /** @return the note on why it was lost, while lost */
    public Optional<String> lostNote() {
        return Optional.ofNullable(lostNote);
    }

    /** @return what it was converted into, once converted */
    public Optional<LeadConversion> conversion() {
        return Optional.ofNullable(conversion);
    }

    /** @return the deals opened from it, oldest first */
    public List<DealId> opportunities() {
        return List.copyOf(opportunities);
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return who created it */
    public UserRef createdBy() {
        return createdBy;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return whether it was converted */
    public boolean isConverted() {
        return conversion != null;
    }

    void revise(LeadDetails newDetails, Consent newConsent, Instant now) {
        requireNotConverted();
        this.details = Objects.requireNonNull(newDetails, "details");
        this.consent = Objects.requireNonNull(newConsent, "consent");
        touch(now);
    }

    /** @return whether the assignee changed */
    boolean assignTo(UserRef user, Instant now) {
        requireNotConverted();
        if (assignee.equals(user)) {
            return false;
        }
        this.assignee = Objects.requireNonNull(user, "assignee");
        touch(now);
        return true;
    }

    void moveTo(LeadStatus target, Instant now) {
        requireNotConverted();
        if (target.outcome() != LeadOutcome.NONE) {
            throw new RuleViolationException("lead.outcome-by-command",
                    "a lead reaches the " + target.outcome().name().toLowerCase(java.util.Locale.ROOT)
                            + " status by being converted or lost, not by a move");
        }
        this.status = target.id();
        this.lostReason = null;
        this.lostNote = null;
        touch(now);
    }

    void lose(LeadStatus lostStatus, LostReasonId reason, String note, Instant now) {
        requireNotConverted();
        this.status = lostStatus.id();
        this.lostReason = reason;
        this.lostNote = note == null || note.isBlank() ? null : note.strip();
        touch(now);
    }

    void checkConvertible(boolean lost) {
        requireNotConverted();
        if (lost) {
            throw new RuleViolationException("lead.is-lost", "lead '" + details.title() + "' was lost; reopen it first");
        }
    }

    void convert(LeadStatus convertedStatus, LeadConversion result) {
        requireNotConverted();
        this.status = convertedStatus.id();
        this.conversion = result;
        touch(result.at());
    }

    void addOpportunity(DealId deal, Instant now) {
        requireNotConverted();
        opportunities.add(deal);
        touch(now);
    }

    private void requireNotConverted() {
        if (conversion != null) {
            throw new RuleViolationException("lead.already-converted",
                    "lead '" + details.title() + "' was converted on " + conversion.at() + " and cannot change");
        }
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }
}
