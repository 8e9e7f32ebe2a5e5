package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.report.TeamId;
import org.embedcrm.core.report.Teams;
import org.embedcrm.core.shared.TenantId;

/** Teams in {@code embedcrm_teams}, their members in {@code embedcrm_team_members}. */
public final class JpaTeams extends JpaPort implements Teams {

    private static final String NAME_KEY = "uq_embedcrm_team_name";

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaTeams(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Team> find(TenantId tenant, TeamId id) {
        return inTransaction(() -> Optional.ofNullable(entityManager().find(TeamEntity.class, id.value()))
                .filter(row -> row.belongsTo(tenant)).map(TeamEntity::toTeam));
    }

    @Override
    public Team add(Team team) {
        requireNew(team.version(), "team", team.id());
        return inTransaction(() -> {
            TeamEntity row = new TeamEntity(team);
            entityManager().persist(row);
            flushNamed(team);
            return row.toTeam();
        });
    }

    @Override
    public Team update(Team team) {
        return inTransaction(() -> {
            TeamEntity row = entityManager().find(TeamEntity.class, team.id().value());
            if (row == null || !row.belongsTo(team.tenant()) || row.version() != team.version()) {
                throw ConflictException.staleVersion("team", team.id(), team.version());
            }
            row.copy(team);
            try {
                flush(row, team.version());
            } catch (PersistenceException e) {
                throw nameTaken(team, e);
            }
            return row.toTeam();
        });
    }

    @Override
    public List<Team> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select t from EmbedCrmTeam t where t.tenantId = :tenant", TeamEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(TeamEntity::toTeam)
                .sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    private void flushNamed(Team team) {
        try {
            entityManager().flush();
        } catch (PersistenceException e) {
            throw nameTaken(team, e);
        }
    }

    // The shared translation knows the keys of the other contexts; the team's own key is told apart here.
    private static RuntimeException nameTaken(Team team, PersistenceException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains(NAME_KEY)) {
                return new ConflictException("team.name-taken",
                        "the tenant has another team named '" + team.name() + "'", error);
            }
        }
        return error;
    }
}
