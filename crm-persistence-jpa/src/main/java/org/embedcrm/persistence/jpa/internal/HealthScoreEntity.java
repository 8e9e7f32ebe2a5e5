package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.scoring.FactorScore;
import org.embedcrm.core.scoring.HealthBand;
import org.embedcrm.core.scoring.HealthFactor;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.TenantId;

/**
 * A row of {@code embedcrm_health_scores}: a customer's last health score, with one group of columns per
 * {@link HealthFactor} holding that factor's score, whether it was neutral, and what it was computed from.
 */
@Entity(name = "EmbedCrmHealthScore")
@Table(name = "embedcrm_health_scores")
class HealthScoreEntity {

    /** Longest factor detail stored; longer ones are cut, since they only explain the score. */
    static final int DETAIL_MAX = 500;

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = 8)
    private String band;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "recency_score", nullable = false)
    private int recencyScore;

    @Column(name = "recency_neutral", nullable = false)
    private boolean recencyNeutral;

    @Column(name = "recency_detail", nullable = false, length = DETAIL_MAX)
    private String recencyDetail;

    @Column(name = "payment_score", nullable = false)
    private int paymentScore;

    @Column(name = "payment_neutral", nullable = false)
    private boolean paymentNeutral;

    @Column(name = "payment_detail", nullable = false, length = DETAIL_MAX)
    private String paymentDetail;

    @Column(name = "contract_score", nullable = false)
    private int contractScore;

    @Column(name = "contract_neutral", nullable = false)
    private boolean contractNeutral;

    @Column(name = "contract_detail", nullable = false, length = DETAIL_MAX)
    private String contractDetail;

    @Column(name = "tickets_score", nullable = false)
    private int ticketsScore;

    @Column(name = "tickets_neutral", nullable = false)
    private boolean ticketsNeutral;

    @Column(name = "tickets_detail", nullable = false, length = DETAIL_MAX)
    private String ticketsDetail;

    protected HealthScoreEntity() {
    }

    HealthScoreEntity(HealthScore score) {
        this.customerId = score.customer().value();
        this.tenantId = score.tenant().value();
        copy(score);
    }

    void copy(HealthScore value) {
        if (value.factors().stream().map(FactorScore::factor).distinct().count() != HealthFactor.values().length) {
            throw new IllegalArgumentException("a stored health score has one score per factor: " + value.factors());
        }
        this.score = value.score();
        this.band = value.band().name();
        this.computedAt = value.computedAt();
        for (FactorScore factor : value.factors()) {
            String detail = factor.detail().length() > DETAIL_MAX ? factor.detail().substring(0, DETAIL_MAX)
                    : factor.detail();
            switch (factor.factor()) {
                case RECENCY -> {
                    recencyScore = factor.score();
                    recencyNeutral = factor.neutral();
                    recencyDetail = detail;
                }
                case PAYMENT_HISTORY -> {
                    paymentScore = factor.score();
                    paymentNeutral = factor.neutral();
                    paymentDetail = detail;
                }
                case CONTRACT_VALUE -> {
                    contractScore = factor.score();
                    contractNeutral = factor.neutral();
                    contractDetail = detail;
                }
                case SUPPORT_TICKETS -> {
                    ticketsScore = factor.score();
                    ticketsNeutral = factor.neutral();
                    ticketsDetail = detail;
                }
            }
        }
    }

    UUID customerId() {
        return customerId;
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    HealthScore toScore() {
        return new HealthScore(new TenantId(tenantId), new ContactId(customerId), score, HealthBand.valueOf(band),
                computedAt, List.of(
                        new FactorScore(HealthFactor.RECENCY, recencyScore, recencyNeutral, recencyDetail),
                        new FactorScore(HealthFactor.PAYMENT_HISTORY, paymentScore, paymentNeutral, paymentDetail),
                        new FactorScore(HealthFactor.CONTRACT_VALUE, contractScore, contractNeutral, contractDetail),
                        new FactorScore(HealthFactor.SUPPORT_TICKETS, ticketsScore, ticketsNeutral, ticketsDetail)));
    }
}
