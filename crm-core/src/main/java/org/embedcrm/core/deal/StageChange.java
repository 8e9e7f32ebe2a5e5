package org.embedcrm.core.deal;

import java.time.Instant;
import java.util.Objects;
import org.embedcrm.core.shared.UserRef;

/**
 * One entry of a deal's stage history: the deal entered stage {@code to} (of {@code pipeline}) from {@code from}.
 * The history gives the time a deal spent in each stage.
 *
 * @param deal     the deal; never null
 * @param pipeline the pipeline of the stage entered; never null
 * @param from     the stage left, or null for the stage a deal was opened in
 * @param to       the stage entered; never null
 * @param at       when; never null
 * @param by       who moved it; never null
 */
public record StageChange(DealId deal, PipelineId pipeline, StageId from, StageId to, Instant at, UserRef by) {

    /** Rejects null parts other than {@code from}. */
    public StageChange {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
