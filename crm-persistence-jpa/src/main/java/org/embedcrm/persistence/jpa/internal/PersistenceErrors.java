package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.CrmException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Turns what Hibernate and the JDBC driver throw into the core's errors, so no persistence exception escapes. */
final class PersistenceErrors {

    /** A unique key of the schema and the conflict its violation means. */
    private record UniqueKey(String constraint, String code, String message) {
    }

    private static final List<UniqueKey> UNIQUE_KEYS = List.of(
            new UniqueKey("uq_embedcrm_pipeline_name", "pipeline.name-taken",
                    "another pipeline of the tenant has that name"),
            new UniqueKey("uq_embedcrm_pipeline_default", "pipeline.default-taken",
                    "the tenant has another default pipeline"),
            new UniqueKey("uq_embedcrm_stage_name", "stage.name-taken",
                    "the pipeline has another stage of that name"),
            new UniqueKey("uq_embedcrm_lost_reason_name", "lost-reason.name-taken",
                    "the tenant has another lost reason of that name"));

    private PersistenceErrors() {
    }

    static CrmException translate(PersistenceException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return new ConflictException("stale-version",
                        "a record was changed or deleted by someone else in the meantime; reload and retry", error);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return translate(violation, error);
            }
        }
        return new PersistenceFailure("the database refused or failed an operation: " + error.getMessage(), error);
    }

    private static CrmException translate(ConstraintViolationException violation, PersistenceException error) {
        // Drivers name the constraint differently (H2 upper-cases it and appends its index), so match loosely
        // and fall back to the driver's message when Hibernate could not extract the name.
        String named = violation.getConstraintName() != null ? violation.getConstraintName() : messages(violation);
        String text = named.toLowerCase(Locale.ROOT);
        return UNIQUE_KEYS.stream()
                .filter(key -> text.contains(key.constraint()))
                .findFirst()
                .<CrmException>map(key -> new ConflictException(key.code(), key.message(), error))
                .orElseGet(() -> new PersistenceFailure("a database constraint refused the change: "
                        + violation.getMessage(), error));
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
