package org.embedcrm.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/** Checks a command record against its Bean Validation constraints and reports every violation at once. */
public final class CommandValidator {

    private final Validator validator;

    /** @param factory the Bean Validation factory to draw the validator from; never null */
    public CommandValidator(ValidatorFactory factory) {
        this.validator = factory.getValidator();
    }

    /**
     * @return a validator using the Bean Validation provider found on the class path; its factory is built once
     *         per class loader and shared, because building one costs far more than validating a command
     */
    public static CommandValidator withDefaultProvider() {
        return new CommandValidator(DefaultFactory.INSTANCE);
    }

    /** Holds the shared default factory, built on first use. */
    private static final class DefaultFactory {
        private static final ValidatorFactory INSTANCE = Validation.buildDefaultValidatorFactory();
    }

    /**
     * @param command the command; never null
     * @throws ValidationException listing every violated constraint, by field
     */
    public void check(Object command) {
        List<Violation> violations = violations(command);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * @param command the command; never null
     * @return every violated constraint, by field; empty when the command is valid
     */
    public List<Violation> violations(Object command) {
        Objects.requireNonNull(command, "command");
        return validator.validate(command).stream()
                .map(CommandValidator::toViolation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::code))
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<Object> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Violation(v.getPropertyPath().toString(), kebab(constraint), v.getMessage());
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
