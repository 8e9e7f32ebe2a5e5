package org.embedcrm.core.lead;

import java.time.LocalDate;
import java.util.Objects;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.shared.Money;

/**
 * The deal a conversion (or "create an opportunity") opens for a lead.
 *
 * @param title             or null for the lead's title
 * @param value             or null for the lead's value
 * @param pipeline          never null
 * @param stage             or null for the pipeline's entry stage
 * @param expectedCloseDate or null
 */
public record DealDraft(String title, Money value, PipelineId pipeline, StageId stage, LocalDate expectedCloseDate) {

    /** Rejects a missing pipeline. */
    public DealDraft {
        Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * @param pipeline the pipeline
     * @return a draft taking title and value from the lead, in the pipeline's entry stage
     */
    public static DealDraft in(PipelineId pipeline) {
        return new DealDraft(null, null, pipeline, null, null);
    }
}
