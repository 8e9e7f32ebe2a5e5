package org.embedcrm.core.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.embedcrm.core.activity.AuditChange;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.AuditTrail;
import org.embedcrm.core.activity.ChangeSetId;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.port.IdGenerator;
import org.embedcrm.core.port.Transactions;

/**
 * Writes the audit trail. Each outermost transaction a service opens is one change set; the repository ports of
 * contacts, leads, deals and pipelines are wrapped so that every add, update and remove appends its entries in that
 * same transaction.
 */
public final class AuditLog {

    private final AuditTrail trail;
    private final ExecutionContext caller;
    private final Clock clock;
    private final IdGenerator ids;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();

    /**
     * @param trail  where entries go; never null
     * @param caller tells the actor; never null
     * @param clock  tells the time; never null
     * @param ids    makes entry and change-set ids; never null
     */
    public AuditLog(AuditTrail trail, ExecutionContext caller, Clock clock, IdGenerator ids) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @param transactions the store's transactions; never null
     * @return the same transactions, each outermost one being one change set of the audit trail
     */
    public Transactions changeSets(Transactions transactions) {
        Objects.requireNonNull(transactions, "transactions");
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return current.get() != null ? transactions.inTransaction(work) : inUnitOfWork(transactions, work);
            }

            @Override
            public void afterCommit(Runnable action) {
                transactions.afterCommit(action);
            }
        };
    }

    private <T> T inUnitOfWork(Transactions transactions, Supplier<T> work) {
        current.set(new UnitOfWork(new ChangeSetId(ids.next())));
        try {
            return transactions.inTransaction(work);
        } finally {
            current.remove();
        }
    }

    /**
     * @param port the store's contact port; never null
     * @return the port, audited
     */
    public Contacts contacts(Contacts port) {
        return AuditingPort.wrap(port, AuditedAggregate.contacts(), this);
    }

    /**
     * @param port the store's lead port; never null
     * @return the port, audited
     */
    public Leads leads(Leads port) {
        return AuditingPort.wrap(port, AuditedAggregate.leads(), this);
    }

    /**
     * @param port the store's deal port; never null
     * @return the port, audited
     */
    public Deals deals(Deals port) {
        return AuditingPort.wrap(port, AuditedAggregate.deals(), this);
    }

    /**
     * @param port the store's pipeline port; never null
     * @return the port, audited
     */
    public Pipelines pipelines(Pipelines port) {
        return AuditingPort.wrap(port, AuditedAggregate.pipelines(), this);
    }

    /**
     * Records one field change that no repository write shows, in the current change set (a merge noting which
     * record it absorbed).
     *
     * @param record   the record; never null
     * @param field    the field's path; never null
     * @param oldValue the value before, or null
     * @param newValue the value after, or null
     */
    public void note(RecordRef record, String field, String oldValue, String newValue) {
        UnitOfWork unit = current.get();
        ChangeSetId changeSet = unit != null ? unit.changeSet() : new ChangeSetId(ids.next());
        trail.record(List.of(new AuditEntry(ids.next(), caller.tenant(), changeSet, record, AuditChange.UPDATED, field,
                oldValue, newValue, false, caller.actor(), clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }

    void loaded(RecordRef aggregate, List<AuditedPart> parts) {
        UnitOfWork unit = current.get();
        if (unit != null) {
            unit.remember(aggregate, parts);
        }
    }

    List<AuditedPart> lastLoaded(RecordRef aggregate, Supplier<List<AuditedPart>> reload) {
        UnitOfWork unit = current.get();
        return unit == null ? reload.get() : unit.loaded(aggregate).orElseGet(reload);
    }

    void changed(RecordRef aggregate, List<AuditedPart> before, List<AuditedPart> after) {
        UnitOfWork unit = current.get();
        ChangeSetId changeSet = unit != null ? unit.changeSet() : new ChangeSetId(ids.next());
        List<AuditEntry> entries = entries(changeSet, before, after);
        if (!entries.isEmpty()) {
            trail.record(entries);
        }
        if (unit != null) {
            if (after.isEmpty()) {
                unit.forget(aggregate);
            } else {
                unit.remember(aggregate, after);
            }
        }
    }

    private List<AuditEntry> entries(ChangeSetId changeSet, List<AuditedPart> before, List<AuditedPart> after) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<RecordRef, AuditedPart> old = byRef(before);
        Map<RecordRef, AuditedPart> fresh = byRef(after);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditedPart part : before) {
            if (!fresh.containsKey(part.ref())) {
                entries.add(entry(changeSet, part, AuditChange.DELETED, null, null, null, now));
            }
        }
        for (AuditedPart part : after) {
            AuditedPart previous = old.get(part.ref());
            if (previous == null) {
                entries.add(entry(changeSet, part, AuditChange.CREATED, null, null, null, now));
                continue;
            }
            Set<String> paths = new TreeSet<>(previous.values().keySet());
            paths.addAll(part.values().keySet());
            for (String path : paths) {
                String was = previous.values().get(path);
                String is = part.values().get(path);
                if (!Objects.equals(was, is)) {
                    entries.add(entry(changeSet, part, AuditChange.UPDATED, path, was, is, now));
                }
            }
        }
        return entries;
    }

    private AuditEntry entry(ChangeSetId changeSet, AuditedPart part, AuditChange change, String field, String was,
                             String is, Instant now) {
        boolean personal = field != null && part.personal().test(field);
        return new AuditEntry(ids.next(), caller.tenant(), changeSet, part.ref(), change, field, was, is, personal,
                caller.actor(), now);
    }

    private static Map<RecordRef, AuditedPart> byRef(List<AuditedPart> parts) {
        return parts.stream().collect(Collectors.toMap(AuditedPart::ref, Function.identity()));
    }
}
