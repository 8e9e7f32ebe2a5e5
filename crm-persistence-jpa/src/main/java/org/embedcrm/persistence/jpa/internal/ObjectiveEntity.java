package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.embedcrm.core.report.Objective;
import org.embedcrm.core.report.ObjectiveId;
import org.embedcrm.core.report.ObjectiveMetric;
import org.embedcrm.core.report.Recurrence;
import org.embedcrm.core.report.TeamId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code embedcrm_objectives}. Objectives are written once and removed, never changed. */
@Entity(name = "EmbedCrmObjective")
@Table(name = "embedcrm_objectives")
class ObjectiveEntity {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "user_ref", updatable = false, length = 128)
    private String userRef;

    @Column(name = "team_id", updatable = false)
    private UUID teamId;

    @Column(nullable = false, updatable = false, length = 20)
    private String metric;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(updatable = false, length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(nullable = false, updatable = false, length = 10)
    private String recurrence;

    protected ObjectiveEntity() {
    }

    ObjectiveEntity(Objective objective) {
        this.id = objective.id().value();
        this.tenantId = objective.tenant().value();
        this.userRef = objective.user() == null ? null : objective.user().value();
        this.teamId = objective.team() == null ? null : objective.team().value();
        this.metric = objective.metric().name();
        this.target = objective.target();
        this.currency = objective.currency();
        this.startsOn = objective.from();
        this.endsOn = objective.to();
        this.recurrence = objective.recurrence().name();
    }

    Objective toObjective() {
        return new Objective(new ObjectiveId(id), new TenantId(tenantId), userRef == null ? null : new UserRef(userRef),
                teamId == null ? null : new TeamId(teamId), ObjectiveMetric.valueOf(metric), plain(target), currency,
                startsOn, endsOn, Recurrence.valueOf(recurrence));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    // The column's four decimals would turn a target of 10 into 10.0000; give back the figure as it was written.
    private static BigDecimal plain(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
