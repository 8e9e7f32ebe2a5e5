package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Lost reasons in memory, with a unique name per tenant. */
final class InMemoryLostReasons implements LostReasons {

    private final TransactionalMap<LostReasonId, LostReason> rows;

    InMemoryLostReasons(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<LostReason> find(TenantId tenant, LostReasonId id) {
        return rows.get(id).filter(r -> r.tenant().equals(tenant));
    }

    @Override
    public List<LostReason> all(TenantId tenant) {
        return rows.values().stream().filter(r -> r.tenant().equals(tenant))
                .sorted(Comparator.comparing(LostReason::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public LostReason add(LostReason reason) {
        if (rows.get(reason.id()).isPresent()) {
            throw new ConflictException("lost-reason.exists", "lost reason " + reason.id() + " is stored already", null);
        }
        return store(reason, 0);
    }

    @Override
    public LostReason update(LostReason reason) {
        LostReason stored = find(reason.tenant(), reason.id())
                .orElseThrow(() -> ConflictException.staleVersion("lost-reason", reason.id(), reason.version()));
        if (stored.version() != reason.version()) {
            throw ConflictException.staleVersion("lost-reason", reason.id(), reason.version());
        }
        return store(reason, reason.version() + 1);
    }

    private LostReason store(LostReason reason, long version) {
        rows.values().stream()
                .filter(o -> o.tenant().equals(reason.tenant()) && !o.id().equals(reason.id())
                        && Names.key(o.name()).equals(Names.key(reason.name())))
                .findFirst().ifPresent(o -> {
                    throw new ConflictException("lost-reason.name-taken",
                            "a lost reason named '" + o.name() + "' exists already", null);
                });
        LostReason stored = new LostReason(reason.id(), reason.tenant(), version, reason.name(), reason.active(),
                reason.requiresNote());
        rows.put(reason.id(), stored);
        return stored;
    }
}
