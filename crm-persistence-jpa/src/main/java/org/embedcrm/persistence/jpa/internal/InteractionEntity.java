package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.EmailDetails;
import org.embedcrm.core.activity.EmailDirection;
import org.embedcrm.core.activity.FollowUp;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.annotations.BatchSize;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code embedcrm_interactions} with the rows of its participants, which load lazily in batches: a timeline
 * page of interactions costs one statement for the rows and one for their participants. Interactions are never
 * edited; only a merge points them at another record, with bulk updates (see JpaInteractions#reassign).
 */
@Entity(name = "EmbedCrmInteraction")
@Table(name = "embedcrm_interactions")
class InteractionEntity {

    // Enough for the largest timeline page and the one row read past it.
    private static final int BATCH_SIZE = TimelineQuery.MAX_LIMIT + 1;

    @Id
    private UUID id;

    @Column(name = "id_text", nullable = false, length = 36)
    private String idText;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    // Enum names in plain varchars: Hibernate would expect native enum types on MariaDB.
    @Column(nullable = false, length = 7)
    private String kind;

    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "deal_id")
    private UUID dealId;

    @Column(name = "lead_id")
    private UUID leadId;

    @Column(nullable = false, length = 200)
    private String summary;

    @Column(length = 10000)
    private String details;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 128)
    private String author;

    @Column(length = 200)
    private String outcome;

    @Column(name = "email_direction", length = 8)
    private String emailDirection;

    @Column(name = "email_subject", length = 500)
    private String emailSubject;

    @Column(name = "email_from", length = 320)
    private String emailFrom;

    @Column(name = "email_to", length = Length.LONG32)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String emailTo;

    @Column(name = "email_cc", length = Length.LONG32)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String emailCc;

    @Column(name = "email_message_id", length = 500)
    private String emailMessageId;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @Column(name = "follow_up_assignee", length = 128)
    private String followUpAssignee;

    @Column(name = "follow_up_task_id")
    private UUID followUpTaskId;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @ElementCollection
    @CollectionTable(name = "embedcrm_interaction_participants", joinColumns = @JoinColumn(name = "interaction_id"))
    @BatchSize(size = BATCH_SIZE)
    private Set<ParticipantRow> participants = new HashSet<>();

    protected InteractionEntity() {
    }

    InteractionEntity(Interaction interaction) {
        this.id = interaction.id().value();
        this.idText = interaction.id().toString();
        this.tenantId = interaction.tenant().value();
        this.kind = interaction.kind().name();
        this.contactId = interaction.contact().value();
        this.dealId = interaction.deal() == null ? null : interaction.deal().value();
        this.leadId = interaction.lead() == null ? null : interaction.lead().value();
        this.summary = interaction.summary();
        this.details = interaction.details();
        this.occurredAt = interaction.occurredAt();
        this.author = interaction.author().value();
        this.outcome = interaction.outcome();
        EmailDetails email = interaction.email();
        if (email != null) {
            this.emailDirection = email.direction().name();
            this.emailSubject = email.subject();
            this.emailFrom = email.from();
            this.emailTo = TextLists.encode(email.to());
            this.emailCc = TextLists.encode(email.cc());
            this.emailMessageId = email.messageId();
        }
        FollowUp followUp = interaction.followUp();
        if (followUp != null) {
            this.followUpAt = followUp.at();
            this.followUpAssignee = followUp.assignee().value();
        }
        this.followUpTaskId = interaction.followUpTask() == null ? null : interaction.followUpTask().value();
        this.loggedAt = interaction.loggedAt();
        interaction.participants().forEach(p -> participants.add(ParticipantRow.of(tenantId, p)));
    }

    Interaction toInteraction() {
        EmailDetails email = emailDirection == null ? null : new EmailDetails(EmailDirection.valueOf(emailDirection),
                emailSubject, emailFrom, TextLists.decode(emailTo), TextLists.decode(emailCc), emailMessageId);
        FollowUp followUp = followUpAt == null ? null : new FollowUp(followUpAt, new UserRef(followUpAssignee));
        return new Interaction(new InteractionId(id), new TenantId(tenantId), InteractionKind.valueOf(kind),
                new ContactId(contactId), dealId == null ? null : new DealId(dealId),
                leadId == null ? null : new LeadId(leadId), summary, details, occurredAt, new UserRef(author),
                participants.stream().map(ParticipantRow::toContact).collect(Collectors.toSet()), outcome, email,
                followUp, followUpTaskId == null ? null : new ActivityId(followUpTaskId), loggedAt);
    }
}
