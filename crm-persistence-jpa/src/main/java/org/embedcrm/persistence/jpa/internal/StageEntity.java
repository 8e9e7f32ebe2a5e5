package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.embedcrm.core.deal.Probability;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.shared.Names;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code embedcrm_stages}: one stage of a pipeline, versioned together with its pipeline. */
@Entity(name = "EmbedCrmStage")
@Table(name = "embedcrm_stages")
class StageEntity {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private UUID pipelineId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(length = 7)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String color;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(nullable = false)
    private boolean won;

    @Column(nullable = false)
    private boolean lost;

    @Column(name = "default_probability")
    private Integer defaultProbability;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected StageEntity() {
    }

    StageEntity(String tenantId, UUID pipelineId, Stage stage, int displayOrder) {
        this.id = stage.id().value();
        this.tenantId = tenantId;
        this.pipelineId = pipelineId;
        copy(stage, displayOrder);
    }

    void copy(Stage stage, int position) {
        this.name = stage.name();
        this.nameKey = Names.key(stage.name());
        this.color = stage.color() == null ? null : stage.color().hex();
        this.isDefault = stage.isDefault();
        this.won = stage.won();
        this.lost = stage.lost();
        this.defaultProbability = stage.defaultProbability() == null ? null : stage.defaultProbability().percent();
        this.displayOrder = position;
    }

    Stage toStage() {
        return new Stage(new StageId(id), name, StageColor.ofNullable(color), isDefault, won, lost,
                Probability.ofNullable(defaultProbability));
    }

    UUID id() {
        return id;
    }

    int displayOrder() {
        return displayOrder;
    }
}
