package org.embedcrm.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.port.Authorization;
import org.embedcrm.core.port.EventPublisher;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.port.IdGenerator;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.Permission;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * What every application service needs besides its repositories: transactions, the caller, time, ids,
 * authorization, event publishing and command validation.
 *
 * @param transactions  never null
 * @param caller        the tenant and actor of the current unit of work; never null
 * @param clock         never null
 * @param ids           never null
 * @param authorization never null
 * @param events        never null
 * @param validator     never null
 */
public record ServiceContext(Transactions transactions, ExecutionContext caller, Clock clock, IdGenerator ids,
                             Authorization authorization, EventPublisher events, CommandValidator validator) {

    /** Rejects null parts. */
    public ServiceContext {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(validator, "validator");
    }

    /**
     * Validates a command, then runs its work in one transaction.
     *
     * @param command the command record; never null
     * @param work    the work
     * @param <T>     its result
     * @return what the work returned
     */
    public <T> T execute(Object command, Supplier<T> work) {
        validator.check(command);
        return transactions.inTransaction(work);
    }

    /**
     * @param command a command record; never null
     * @return its Bean Validation violations, for services that add their own parsing problems before reporting
     *         them all at once
     */
    public List<Violation> violationsOf(Object command) {
        return validator.violations(command);
    }

    /**
     * Runs work that needs no command validation (a query, or a command of plain ids) in one transaction.
     *
     * @param work the work
     * @param <T>  its result
     * @return what the work returned
     */
    public <T> T run(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** @return the caller's tenant */
    public TenantId tenant() {
        return caller.tenant();
    }

    /** @return the caller */
    public UserRef actor() {
        return caller.actor();
    }

    /** @return the current instant, to the microsecond (what every supported database stores) */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** @return today, in the clock's zone */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param permission what the current command needs
     * @throws AccessDeniedException when the caller lacks it
     */
    public void require(Permission permission) {
        if (!authorization.permits(actor(), tenant(), permission)) {
            throw new AccessDeniedException(actor() + " lacks " + permission + " in tenant " + tenant());
        }
    }

    /**
     * @param event what happened, published inside the current transaction
     */
    public void publish(DomainEvent event) {
        events.publish(event);
    }

    /**
     * @param kind     the kind of record, e.g. {@code deal}
     * @param id       its id
     * @param actual   its current version
     * @param expected the version the caller edited, or null to skip the check
     * @throws ConflictException when the versions differ
     */
    public static void checkVersion(String kind, Object id, long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw ConflictException.staleVersion(kind, id, expected);
        }
    }
}
