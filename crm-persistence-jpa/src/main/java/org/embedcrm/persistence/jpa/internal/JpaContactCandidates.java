package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.function.Supplier;
import org.embedcrm.core.merge.CandidateSearch;
import org.embedcrm.core.merge.ContactCandidates;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/**
 * Searches for duplicate contacts in the database, each in rows of {@code embedcrm_duplicate_keys} of its own that
 * live as long as the search (see {@link JpaCandidateSearch}).
 */
public final class JpaContactCandidates implements ContactCandidates {

    private final Supplier<EntityManager> entityManagers;
    private final Transactions transactions;

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaContactCandidates(Supplier<EntityManager> entityManagers, Transactions transactions) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entityManagers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CandidateSearch open(TenantId tenant, ContactFilter filter, DuplicateFinder finder) {
        Objects.requireNonNull(filter, "filter");
        JpaCandidateSearch search = new JpaCandidateSearch(entityManagers, transactions, tenant, finder);
        try {
            search.file(filter);
            return search;
        } catch (RuntimeException e) {
            try {
                search.close();
            } catch (RuntimeException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            throw e;
        }
    }
}
