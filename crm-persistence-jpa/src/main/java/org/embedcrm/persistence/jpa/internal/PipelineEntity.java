package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.annotations.OptimisticLock;

/** A row of {@code embedcrm_pipelines} with the rows of its stages. */
@Entity(name = "EmbedCrmPipeline")
@Table(name = "embedcrm_pipelines")
class PipelineEntity implements Versioned {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "default_marker")
    private Boolean defaultMarker;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    // Read-only here: each StageEntity writes its own pipeline_id, so stages are inserted, changed and deleted
    // one by one (keeping their ids, which deals point to) instead of being rewritten as a collection. Excluded
    // from Hibernate's version increments because JpaPort.flush gives the pipeline exactly one per write.
    @OneToMany
    @OptimisticLock(excluded = true)
    @JoinColumn(name = "pipeline_id", insertable = false, updatable = false)
    @OrderBy("displayOrder")
    private List<StageEntity> stages = new ArrayList<>();

    protected PipelineEntity() {
    }

    PipelineEntity(Pipeline.Snapshot snapshot) {
        this.id = snapshot.id().value();
        this.tenantId = snapshot.tenant().value();
        copy(snapshot);
    }

    /** Takes over the pipeline's own fields; its stages are synchronised by {@link StageRows}. */
    void copy(Pipeline.Snapshot snapshot) {
        this.name = snapshot.name();
        this.nameKey = Names.key(snapshot.name());
        this.description = snapshot.description();
        this.active = snapshot.active();
        this.defaultMarker = snapshot.isDefault() ? Boolean.TRUE : null;
        this.displayOrder = snapshot.displayOrder();
    }

    Pipeline toPipeline() {
        return Pipeline.restore(new Pipeline.Snapshot(new PipelineId(id), new TenantId(tenantId), version, name,
                description, active, defaultMarker != null, displayOrder,
                stages.stream().sorted(Comparator.comparingInt(StageEntity::displayOrder))
                        .map(StageEntity::toStage).toList()));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    List<StageEntity> stages() {
        return stages;
    }
}
