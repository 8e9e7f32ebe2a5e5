package org.embedcrm.core.report;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding teams. Contract: {@code org.embedcrm.testkit.contract.ReportsContract}. */
public interface Teams {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the team, when it exists in that tenant
     */
    Optional<Team> find(TenantId tenant, TeamId id);

    /**
     * @param team a new team of version 0; never null
     * @return the stored team
     * @throws ConflictException {@code team.name-taken}
     */
    Team add(Team team);

    /**
     * @param team a team read earlier and changed since; never null
     * @return the stored team with its new version
     * @throws ConflictException on a stale version or {@code team.name-taken}
     */
    Team update(Team team);

    /**
     * @param tenant never null
     * @return every team of the tenant, by name regardless of case; never null
     */
    List<Team> all(TenantId tenant);
}
