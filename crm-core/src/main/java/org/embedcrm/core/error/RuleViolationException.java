package org.embedcrm.core.error;

/** A well-formed command that a business rule refuses, e.g. {@code stage.has-deals} or {@code pipeline.is-default}. */
public final class RuleViolationException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable code of the rule
     * @param message human-readable explanation
     */
    public RuleViolationException(String code, String message) {
        super(code, message, null);
    }
}
