package org.embedcrm.core.error;

import java.util.Objects;

/**
 * One broken input rule.
 *
 * @param field   path of the offending field (e.g. {@code value.amount}); never null
 * @param code    stable code of the rule (e.g. {@code deal.title.required}); never null
 * @param message human-readable explanation; never null
 */
public record Violation(String field, String code, String message) {

    /** Rejects null parts. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
