package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.report.TeamId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.annotations.BatchSize;

/** A row of {@code embedcrm_teams} with its members in {@code embedcrm_team_members}. */
@Entity(name = "EmbedCrmTeam")
@Table(name = "embedcrm_teams")
class TeamEntity implements Versioned {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = Team.NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = 2 * Team.NAME_MAX)
    private String nameKey;

    // Every read of a team needs its members; a list of teams loads them in one batch.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "embedcrm_team_members", joinColumns = @JoinColumn(name = "team_id"))
    @BatchSize(size = 100)
    private Set<TeamMemberRow> members = new HashSet<>();

    protected TeamEntity() {
    }

    TeamEntity(Team team) {
        this.id = team.id().value();
        this.tenantId = team.tenant().value();
        copy(team);
    }

    void copy(Team team) {
        this.name = team.name();
        this.nameKey = Names.key(team.name());
        ChildRows.synchronise(members, team.members().stream().map(m -> TeamMemberRow.of(tenantId, m)).toList());
    }

    Team toTeam() {
        return new Team(new TeamId(id), new TenantId(tenantId), version, name,
                members.stream().map(TeamMemberRow::toUser).collect(Collectors.toSet()));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
