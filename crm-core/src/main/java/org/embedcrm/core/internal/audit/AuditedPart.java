package org.embedcrm.core.internal.audit;

import java.util.Map;
import java.util.function.Predicate;
import org.embedcrm.core.activity.RecordRef;

/**
 * One audited record inside an aggregate's snapshot, with its field values: a pipeline holds a part for itself and
 * one per stage.
 *
 * @param ref      the record; never null
 * @param values   its field values by path; never null
 * @param personal tells which paths hold personal data; never null
 */
record AuditedPart(RecordRef ref, Map<String, String> values, Predicate<String> personal) {

    AuditedPart {
        values = Map.copyOf(values);
    }
}
