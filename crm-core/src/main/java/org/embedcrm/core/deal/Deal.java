package org.embedcrm.core.deal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A sales opportunity moving through the stages of one pipeline until it is won or lost.
 *
 * <p>Its actual close date is set exactly when it sits in a won or lost stage; a lost reason only while it sits in
 * the lost stage. Obtain deals from {@link DealService}; adapters rebuild them with {@link #restore(Snapshot)}.
 */
public final class Deal {

    /** Longest free-text note on a lost deal. */
    public static final int LOST_NOTE_MAX = 1000;

    private final DealId id;
    private final TenantId tenant;
    private final long version;
    private DealTerms terms;
    private PipelineId pipeline;
    private StageId stage;
    private LocalDate actualCloseDate;
    private LostReasonId lostReason;
    private String lostNote;
    private final Instant createdAt;
    private final UserRef createdBy;
    private Instant updatedAt;

    /**
     * Everything a deal holds, for storage adapters.
     *
     * @param id              never null
     * @param tenant          never null
     * @param version         the stored version a change is based on: 0 when new and when just added, one more after each update
     * @param terms           the editable fields; never null
     * @param pipeline        never null
     * @param stage           never null
     * @param actualCloseDate set while in a won or lost stage, else null
     * @param lostReason      the configured reason it was lost, or null
     * @param lostNote        free text on why it was lost, or null
     * @param createdAt       never null
     * @param createdBy       never null
     * @param updatedAt       never null
     */
    public record Snapshot(DealId id, TenantId tenant, long version, DealTerms terms, PipelineId pipeline,
                           StageId stage, LocalDate actualCloseDate, LostReasonId lostReason, String lostNote,
                           Instant createdAt, UserRef createdBy, Instant updatedAt) {
    }

    private Deal(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "deal id");
        this.tenant = Objects.requireNonNull(s.tenant(), "tenant");
        this.version = s.version();
        this.terms = Objects.requireNonNull(s.terms(), "terms");
        this.pipeline = Objects.requireNonNull(s.pipeline(), "pipeline");
        this.stage = Objects.requireNonNull(s.stage(), "stage");
        this.actualCloseDate = s.actualCloseDate();
        this.lostReason = s.lostReason();
        this.lostNote = s.lostNote();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    /**
     * @param snapshot a stored deal; never null
     * @return the deal it describes
     */
    public static Deal restore(Snapshot snapshot) {
        return new Deal(snapshot);
    }

    static Deal open(DealId id, TenantId tenant, DealTerms terms, Pipeline pipeline, Stage stage, Instant now,
                     LocalDate today, UserRef by) {
        DealTerms withProbability = terms.probability() == null && stage.defaultProbability() != null
                ? terms.withProbability(stage.defaultProbability()) : terms;
        Deal deal = new Deal(new Snapshot(id, tenant, 0, withProbability, pipeline.id(), stage.id(), null, null, null,
                now, by, now));
        deal.enter(stage, null, null, today);
        return deal;
    }

    /** @return everything this deal holds; never null */
    public Snapshot snapshot() {
        return new Snapshot(id, tenant, version, terms, pipeline, stage, actualCloseDate, lostReason, lostNote,
                createdAt, createdBy, updatedAt);
    }

    /** @return its identifier; never null */
    public DealId id() {
        return id;
    }

    /** @return the tenant it belongs to; never null */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the stored version this state is based on: 0 when new and when just added, one more after each update */
    public long version() {
        return version;
    }

    /** @return its editable fields; never null */
    public DealTerms terms() {
        return terms;
    }

    /** @return the pipeline it moves through; never null */
    public PipelineId pipeline() {
        return pipeline;
    }

    /** @return the stage it sits in; never null */
    public StageId stage() {
        return stage;
    }

    /** @return the day it was won or lost, when it sits in a won or lost stage */
    public Optional<LocalDate> actualCloseDate() {
        return Optional.ofNullable(actualCloseDate);
    }

    /** @return the configured reason it was lost, when it sits in the lost stage and one was given */
    public Optional<LostReasonId> lostReason() {
        return Optional.ofNullable(lostReason);
    }

    /** @return the free-text note on why it was lost, when given */
    public Optional<String> lostNote() {
        return Optional.ofNullable(lostNote);
    }

    /** @return when it was opened; never null */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return who opened it; never null */
    public UserRef createdBy() {
        return createdBy;
    }

    /** @return when it last changed; never null */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return whether it sits in a won or lost stage */
    public boolean isClosed() {
        return actualCloseDate != null;
    }

    void amend(DealTerms newTerms, Instant now) {
        this.terms = Objects.requireNonNull(newTerms, "terms");
        this.updatedAt = now;
    }

    /**
     * Moves this deal to {@code target}, a stage of {@code targetPipeline}. Moving to the stage it already sits in
     * changes nothing but, in the lost stage, the lost reason and note.
     *
     * @return the history entry, or empty when the deal stayed in its stage
     */
    Optional<StageChange> moveTo(Pipeline targetPipeline, Stage target, LostReason reason, String note,
                                 Instant now, LocalDate today, UserRef by) {
        if (targetPipeline.stage(target.id()).isEmpty()) {
            throw new RuleViolationException("deal.stage-not-in-pipeline",
                    "stage " + target.id() + " is not a stage of pipeline '" + targetPipeline.name() + "'");
        }
        boolean stays = targetPipeline.id().equals(pipeline) && target.id().equals(stage);
        if (stays && reason == null && note == null) {
            return Optional.empty();
        }
        LocalDate closeDate = stays ? actualCloseDate : today;
        enter(target, reason, note, closeDate);
        this.updatedAt = now;
        if (stays) {
            return Optional.empty();
        }
        StageId from = stage;
        this.pipeline = targetPipeline.id();
        this.stage = target.id();
        return Optional.of(new StageChange(id, pipeline, from, target.id(), now, by));
    }

    private void enter(Stage target, LostReason reason, String note, LocalDate closeDate) {
        if (!target.lost() && (reason != null || note != null)) {
            throw ValidationException.of("lostReason", "deal.lost-reason-without-lost-stage",
                    "a lost reason is given only when moving a deal to the lost stage");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > LOST_NOTE_MAX) {
            throw ValidationException.of("lostNote", "deal.lost-note.too-long",
                    "a lost note has at most " + LOST_NOTE_MAX + " characters");
        }
        if (reason != null) {
            reason.checkUsableWith(cleanNote);
        }
        this.actualCloseDate = target.isClosing() ? closeDate : null;
        this.lostReason = reason == null ? null : reason.id();
        this.lostNote = cleanNote;
    }
}
