package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.embedcrm.core.shared.UserRef;

/**
 * A row of {@code embedcrm_contact_assignees}: a user responsible for a contact.
 *
 * @param tenantId the contact's tenant
 * @param assignee the user's key
 */
@Embeddable
record AssigneeRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "assignee", nullable = false, length = 128) String assignee) {

    static AssigneeRow of(String tenantId, UserRef user) {
        return new AssigneeRow(tenantId, user.value());
    }

    UserRef toUser() {
        return new UserRef(assignee);
    }
}
