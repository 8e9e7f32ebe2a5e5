package org.embedcrm.core.deal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: move a deal into another pipeline, at one of that pipeline's stages.
 *
 * @param deal            never null
 * @param pipeline        the new pipeline; never null
 * @param stage           a stage of the new pipeline; never null
 * @param lostReason      a configured lost reason when the stage is the lost stage, or null
 * @param lostNote        free text when the stage is the lost stage, or null
 * @param expectedVersion the version the caller saw, or null to skip that check
 */
public record ChangeDealPipeline(@NotNull DealId deal, @NotNull PipelineId pipeline, @NotNull StageId stage,
                                 LostReasonId lostReason, @Size(max = Deal.LOST_NOTE_MAX) String lostNote,
                                 Long expectedVersion) {

    /**
     * @param deal     the deal; never null
     * @param pipeline the new pipeline; never null
     * @param stage    a stage of the new pipeline; never null
     * @return a command moving the deal there
     */
    public static ChangeDealPipeline to(DealId deal, PipelineId pipeline, StageId stage) {
        return new ChangeDealPipeline(deal, pipeline, stage, null, null, null);
    }
}
