package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.DealTerms;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Probability;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code embedcrm_deals}. */
@Entity(name = "EmbedCrmDeal")
@Table(name = "embedcrm_deals")
class DealEntity implements Versioned {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "value_amount", precision = 19, scale = 4)
    private BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String valueCurrency;

    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;

    private Integer probability;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(length = 128)
    private String assignee;

    @Column(name = "pipeline_id", nullable = false)
    private UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    private UUID stageId;

    @Column(name = "actual_close_date")
    private LocalDate actualCloseDate;

    @Column(name = "lost_reason_id")
    private UUID lostReasonId;

    @Column(name = "lost_note", length = 1000)
    private String lostNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DealEntity() {
    }

    DealEntity(Deal.Snapshot snapshot) {
        this.id = snapshot.id().value();
        this.tenantId = snapshot.tenant().value();
        this.createdAt = snapshot.createdAt();
        this.createdBy = snapshot.createdBy().value();
        copy(snapshot);
    }

    /** Takes over everything that may change after the deal was opened. */
    void copy(Deal.Snapshot snapshot) {
        DealTerms terms = snapshot.terms();
        this.title = terms.title();
        this.description = terms.description();
        this.valueAmount = terms.value() == null ? null : terms.value().amount();
        this.valueCurrency = terms.value() == null ? null : terms.value().currency().getCurrencyCode();
        this.expectedCloseDate = terms.expectedCloseDate();
        this.probability = terms.probability() == null ? null : terms.probability().percent();
        this.companyId = terms.company() == null ? null : terms.company().value();
        this.customerId = terms.customer() == null ? null : terms.customer().value();
        this.assignee = terms.assignee() == null ? null : terms.assignee().value();
        this.pipelineId = snapshot.pipeline().value();
        this.stageId = snapshot.stage().value();
        this.actualCloseDate = snapshot.actualCloseDate();
        this.lostReasonId = snapshot.lostReason() == null ? null : snapshot.lostReason().value();
        this.lostNote = snapshot.lostNote();
        this.updatedAt = snapshot.updatedAt();
    }

    Deal toDeal() {
        DealTerms terms = new DealTerms(title, description, value(), expectedCloseDate,
                Probability.ofNullable(probability), contact(companyId), contact(customerId),
                assignee == null ? null : new UserRef(assignee));
        return Deal.restore(new Deal.Snapshot(new DealId(id), new TenantId(tenantId), version, terms,
                new PipelineId(pipelineId), new StageId(stageId), actualCloseDate,
                lostReasonId == null ? null : new LostReasonId(lostReasonId), lostNote, createdAt,
                new UserRef(createdBy), updatedAt));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }

    private Money value() {
        return valueAmount == null ? null : Money.of(valueAmount, Money.currency(valueCurrency));
    }

    private static ContactId contact(UUID value) {
        return value == null ? null : new ContactId(value);
    }
}
