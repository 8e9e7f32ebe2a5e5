package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.embedcrm.core.shared.UserRef;

/**
 * A row of {@code embedcrm_team_members}: a user in a team.
 *
 * @param tenantId the team's tenant
 * @param userRef  the user's key
 */
@Embeddable
record TeamMemberRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "user_ref", nullable = false, length = 128) String userRef) {

    static TeamMemberRow of(String tenantId, UserRef user) {
        return new TeamMemberRow(tenantId, user.value());
    }

    UserRef toUser() {
        return new UserRef(userRef);
    }
}
