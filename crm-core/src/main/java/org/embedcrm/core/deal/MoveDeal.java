package org.embedcrm.core.deal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: move a deal to another stage of its own pipeline (a board drag). Start from
 * {@link #to(DealId, StageId)}.
 *
 * @param deal            never null
 * @param stage           a stage of the deal's pipeline; never null
 * @param lostReason      a configured lost reason, only when moving to the lost stage; or null
 * @param lostNote        free text on why it was lost, only when moving to the lost stage; or null
 * @param expectedVersion the version the caller saw (e.g. {@link DealCard#version()}), or null to skip that check
 */
public record MoveDeal(@NotNull DealId deal, @NotNull StageId stage, LostReasonId lostReason,
                       @Size(max = Deal.LOST_NOTE_MAX) String lostNote, Long expectedVersion) {

    /**
     * @param deal   the deal; never null
     * @param target the stage; never null
     * @return a command moving the deal there
     */
    public static MoveDeal to(DealId deal, StageId target) {
        return new MoveDeal(deal, target, null, null, null);
    }

    /**
     * @param reason the lost reason, or null
     * @param note   the free-text note, or null
     * @return this command recording why the deal was lost
     */
    public MoveDeal because(LostReasonId reason, String note) {
        return new MoveDeal(deal, stage, reason, note, expectedVersion);
    }

    /**
     * @param version the version the caller saw
     * @return this command, refused when the deal changed since that version
     */
    public MoveDeal expectingVersion(long version) {
        return new MoveDeal(deal, stage, lostReason, lostNote, version);
    }
}
