package org.embedcrm.core.deal;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.shared.Money;

/**
 * How many deals sit in one stage and what they are worth.
 *
 * @param stage     the stage; never null
 * @param dealCount the number of deals in it, with or without a value
 * @param totals    the sum of their values, one entry per currency, by currency code; never null
 */
public record StageTotals(StageId stage, long dealCount, List<Money> totals) {

    /** Copies the totals. */
    public StageTotals {
        Objects.requireNonNull(stage, "stage");
        totals = List.copyOf(totals);
    }
}
