package org.embedcrm.core.merge;

import java.util.Objects;

/**
 * A field both leads of a merge fill, with different values: the lead kept keeps its own unless the merge asks for
 * the other's.
 *
 * @param field       never null
 * @param targetValue the value of the lead kept; never null
 * @param sourceValue the value of the lead merged away; never null
 */
public record LeadFieldConflict(LeadMergeField field, String targetValue, String sourceValue) {

    /** Rejects null parts. */
    public LeadFieldConflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(sourceValue, "sourceValue");
    }
}
