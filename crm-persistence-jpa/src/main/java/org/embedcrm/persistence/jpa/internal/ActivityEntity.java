package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityCategoryId;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityPriority;
import org.embedcrm.core.activity.ActivityService;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code embedcrm_activities} with the rows of its attending users and contacts, which load lazily in
 * batches: a calendar, a task list or a timeline page costs one statement for the rows and one per kind of attendee.
 */
@Entity(name = "EmbedCrmActivity")
@Table(name = "embedcrm_activities")
class ActivityEntity implements Versioned {

    // Enough for the longest list the activity service asks for.
    private static final int BATCH_SIZE = ActivityService.MAX_RESULTS;

    @Id
    private UUID id;

    @Column(name = "id_text", nullable = false, updatable = false, length = 36)
    private String idText;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    // Enum names in plain varchars: Hibernate would expect native enum types on MariaDB.
    @Column(nullable = false, length = 7)
    private String kind;

    @Column(name = "category_id")
    private UUID categoryId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 4000)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 200)
    private String location;

    @Column(nullable = false, length = 128)
    private String owner;

    @Column(nullable = false, length = 11)
    private String status;

    @Column(nullable = false, length = 6)
    private String priority;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "lead_id")
    private UUID leadId;

    @Column(name = "deal_id")
    private UUID dealId;

    @Column(name = "reminder_offsets", nullable = false, length = 400)
    private String reminderOffsets;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "embedcrm_activity_attendees", joinColumns = @JoinColumn(name = "activity_id"))
    @BatchSize(size = BATCH_SIZE)
    private Set<AttendeeRow> attendees = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "embedcrm_activity_contacts", joinColumns = @JoinColumn(name = "activity_id"))
    @BatchSize(size = BATCH_SIZE)
    private Set<ParticipantRow> attendeeContacts = new HashSet<>();

    protected ActivityEntity() {
    }

    ActivityEntity(Activity activity) {
        this.id = activity.id().value();
        this.idText = activity.id().toString();
        this.tenantId = activity.tenant().value();
        this.createdAt = activity.createdAt();
        this.createdBy = activity.createdBy().value();
        copy(activity);
    }

    /** Takes over everything that may change after the activity was planned, attendees included. */
    void copy(Activity activity) {
        this.kind = activity.kind().name();
        this.categoryId = activity.category() == null ? null : activity.category().value();
        this.subject = activity.subject();
        this.description = activity.description();
        this.startsAt = activity.startsAt();
        this.endsAt = activity.endsAt();
        this.location = activity.location();
        this.owner = activity.owner().value();
        this.status = activity.status().name();
        this.priority = activity.priority().name();
        this.contactId = activity.contact() == null ? null : activity.contact().value();
        this.leadId = activity.lead() == null ? null : activity.lead().value();
        this.dealId = activity.deal() == null ? null : activity.deal().value();
        this.reminderOffsets = TextLists.encodeDurations(activity.reminders());
        this.updatedAt = activity.updatedAt();
        ChildRows.synchronise(attendees,
                activity.attendees().stream().map(user -> AttendeeRow.of(tenantId, user)).toList());
        ChildRows.synchronise(attendeeContacts,
                activity.attendeeContacts().stream().map(contact -> ParticipantRow.of(tenantId, contact)).toList());
    }

    Activity toActivity() {
        return new Activity(new ActivityId(id), new TenantId(tenantId), version, ActivityKind.valueOf(kind),
                categoryId == null ? null : new ActivityCategoryId(categoryId), subject, description, startsAt,
                endsAt, location, new UserRef(owner),
                attendees.stream().map(AttendeeRow::toUser).collect(Collectors.toSet()),
                attendeeContacts.stream().map(ParticipantRow::toContact).collect(Collectors.toSet()),
                ActivityStatus.valueOf(status), ActivityPriority.valueOf(priority),
                contactId == null ? null : new ContactId(contactId),
                leadId == null ? null : new LeadId(leadId), dealId == null ? null : new DealId(dealId),
                TextLists.decodeDurations(reminderOffsets), createdAt, new UserRef(createdBy), updatedAt);
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
