package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.embedcrm.core.shared.UserRef;

/**
 * A row of {@code embedcrm_activity_attendees}: a user attending an activity besides its owner.
 *
 * @param tenantId the activity's tenant
 * @param attendee the user's key
 */
@Embeddable
record AttendeeRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "attendee", nullable = false, length = 128) String attendee) {

    static AttendeeRow of(String tenantId, UserRef user) {
        return new AttendeeRow(tenantId, user.value());
    }

    UserRef toUser() {
        return new UserRef(attendee);
    }
}
