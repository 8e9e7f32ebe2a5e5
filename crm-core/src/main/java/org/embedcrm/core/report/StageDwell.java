package org.embedcrm.core.report;

import java.time.Duration;
import java.util.Objects;
import org.embedcrm.core.deal.StageId;

/**
 * How long deals stayed in a stage, from the stage history: only stays that ended (the deal moved on) count.
 *
 * @param stage   never null
 * @param stays   how many stays ended
 * @param average their average length, to the second; never null
 */
public record StageDwell(StageId stage, long stays, Duration average) {

    /** Rejects null parts. */
    public StageDwell {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(average, "average");
    }
}
