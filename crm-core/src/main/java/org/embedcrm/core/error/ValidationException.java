package org.embedcrm.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** Invalid input: carries every violation found at once, so a form can show them all together. */
public final class ValidationException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The code every validation error carries. */
    public static final String CODE = "validation.failed";

    private final transient List<Violation> violations;

    /** @param violations what is wrong; never null nor empty */
    public ValidationException(List<Violation> violations) {
        super(CODE, describe(violations), null);
        this.violations = List.copyOf(violations);
    }

    /**
     * @param field   path of the offending field, e.g. {@code color}
     * @param code    stable code of the rule broken, e.g. {@code color.format}
     * @param message human-readable explanation
     * @return an exception with that single violation
     */
    public static ValidationException of(String field, String code, String message) {
        return new ValidationException(List.of(new Violation(field, code, message)));
    }

    /** @return every violation found; never empty */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one violation");
        }
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
