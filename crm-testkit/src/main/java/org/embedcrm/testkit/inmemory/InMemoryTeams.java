package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.report.TeamId;
import org.embedcrm.core.report.Teams;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Teams in memory, with a unique name per tenant. */
final class InMemoryTeams implements Teams {

    private final VersionedTable<TeamId, Team> table;

    InMemoryTeams(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("team", Team::id, Team::tenant,
                Team::version, (t, v) -> new Team(t.id(), t.tenant(), v, t.name(), t.members()),
                List.of(new VersionedTable.UniqueKey<>(t -> Names.key(t.name()), "team.name-taken"))));
    }

    @Override
    public Optional<Team> find(TenantId tenant, TeamId id) {
        return table.find(tenant, id);
    }

    @Override
    public Team add(Team team) {
        return table.add(team);
    }

    @Override
    public Team update(Team team) {
        return table.update(team);
    }

    @Override
    public List<Team> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
