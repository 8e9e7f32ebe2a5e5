package org.embedcrm.core.report;

import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A named set of users, e.g. "Benelux sales", that objectives and calendars can be set for.
 *
 * @param id      never null
 * @param tenant  never null
 * @param version the stored version: 0 when new and when just added, one more after each update
 * @param name    1 to 100 characters, unique in the tenant regardless of case; never null
 * @param members 1 to 500 users; never null
 */
public record Team(TeamId id, TenantId tenant, long version, String name, Set<UserRef> members) {

    /** Longest name accepted. */
    public static final int NAME_MAX = 100;
    /** Most members accepted. */
    public static final int MEMBERS_MAX = 500;

    /** Rejects missing parts, an invalid name and an empty or oversized team. */
    public Team {
        Objects.requireNonNull(id, "team id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, NAME_MAX);
        members = Set.copyOf(members);
        if (members.isEmpty() || members.size() > MEMBERS_MAX) {
            throw ValidationException.of("members", "team.members.size", "a team has 1 to 500 members");
        }
    }
}
