package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderId;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_reminders}; written once, then changed only by the conditional claim of JpaReminders. */
@Entity(name = "EmbedCrmReminder")
@Table(name = "embedcrm_reminders")
class ReminderEntity {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private UUID activityId;

    // An ISO-8601 duration (PT15M): every nanosecond kept, and readable in SQL.
    @Column(name = "before_offset", nullable = false, updatable = false, length = 40)
    private String beforeOffset;

    @Column(name = "remind_at", nullable = false, updatable = false)
    private Instant remindAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ReminderEntity() {
    }

    ReminderEntity(Reminder reminder) {
        this.id = reminder.id().value();
        this.tenantId = reminder.tenant().value();
        this.activityId = reminder.activity().value();
        this.beforeOffset = reminder.before().toString();
        this.remindAt = reminder.remindAt();
        this.sentAt = reminder.sentAt();
    }

    Reminder toReminder() {
        return new Reminder(new ReminderId(id), new TenantId(tenantId), new ActivityId(activityId),
                Duration.parse(beforeOffset), remindAt, sentAt);
    }
}
