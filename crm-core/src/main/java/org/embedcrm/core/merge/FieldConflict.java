package org.embedcrm.core.merge;

import java.util.Objects;

/**
 * A field both contacts of a merge fill, with different values: the contact kept keeps its own unless the merge
 * asks for the other's.
 *
 * @param field       never null
 * @param targetValue the value of the contact kept; never null
 * @param sourceValue the value of the contact merged away; never null
 */
public record FieldConflict(MergeField field, String targetValue, String sourceValue) {

    /** Rejects null parts. */
    public FieldConflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(sourceValue, "sourceValue");
    }
}
