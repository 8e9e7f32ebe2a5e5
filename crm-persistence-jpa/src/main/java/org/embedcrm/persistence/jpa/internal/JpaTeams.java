package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.report.TeamId;
import org.embedcrm.core.report.Teams;
import org.embedcrm.core.shared.TenantId;

/** Teams in {@code embedcrm_team}, their members in {@code embedcrm_team_member}. */
public final class JpaTeams extends JpaPort implements Teams {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaTeams(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Team> find(TenantId tenant, TeamId id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Team add(Team team) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Team update(Team team) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<Team> all(TenantId tenant) {
        throw new UnsupportedOperationException("not yet");
    }
}
