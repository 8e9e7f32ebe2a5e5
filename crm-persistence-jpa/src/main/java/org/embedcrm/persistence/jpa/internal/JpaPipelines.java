package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** Pipelines and their stages in {@code embedcrm_pipelines} and {@code embedcrm_stages}. */
final class JpaPipelines extends JpaPort implements Pipelines {

    JpaPipelines(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Pipeline> find(TenantId tenant, PipelineId id) {
        return inTransaction(() -> entityManager().createQuery("""
                        select p from EmbedCrmPipeline p left join fetch p.stages
                        where p.tenantId = :tenant and p.id = :id""", PipelineEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(PipelineEntity::toPipeline));
    }

    @Override
    public List<Pipeline> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery("""
                        select p from EmbedCrmPipeline p left join fetch p.stages
                        where p.tenantId = :tenant order by p.displayOrder, p.id""", PipelineEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(PipelineEntity::toPipeline).toList());
    }

    @Override
    public Pipeline add(Pipeline pipeline) {
        requireNew(pipeline.version(), "pipeline", pipeline.id());
        return inTransaction(() -> {
            Pipeline.Snapshot snapshot = pipeline.snapshot();
            PipelineEntity row = new PipelineEntity(snapshot);
            entityManager().persist(row);
            syncStages(row, snapshot);
            entityManager().flush();
            return row.toPipeline();
        });
    }

    @Override
    public Pipeline update(Pipeline pipeline) {
        return inTransaction(() -> {
            PipelineEntity row = stored(pipeline);
            Pipeline.Snapshot snapshot = pipeline.snapshot();
            row.copy(snapshot);
            syncStages(row, snapshot);
            flush(row, pipeline.version());
            return row.toPipeline();
        });
    }

    @Override
    public void remove(Pipeline pipeline) {
        inTransaction(() -> {
            PipelineEntity row = stored(pipeline);
            EntityManager entityManager = entityManager();
            row.stages().forEach(entityManager::remove);
            entityManager.remove(row);
            entityManager.flush();
            return null;
        });
    }

    private PipelineEntity stored(Pipeline pipeline) {
        PipelineEntity row = entityManager().find(PipelineEntity.class, pipeline.id().value());
        if (row == null || !row.belongsTo(pipeline.tenant()) || row.version() != pipeline.version()) {
            throw ConflictException.staleVersion("pipeline", pipeline.id(), pipeline.version());
        }
        return row;
    }

    /**
     * Makes the stage rows match the pipeline's stages, keeping each stage's row (deals point to it): deletes the
     * removed ones, updates the kept ones and inserts the new ones, numbering them in board order.
     */
    private void syncStages(PipelineEntity row, Pipeline.Snapshot snapshot) {
        EntityManager entityManager = entityManager();
        List<StageEntity> rows = row.stages();
        Set<UUID> kept = snapshot.stages().stream().map(s -> s.id().value()).collect(Collectors.toSet());
        List<StageEntity> removed = rows.stream().filter(r -> !kept.contains(r.id())).toList();
        if (!removed.isEmpty()) {
            removed.forEach(entityManager::remove);
            rows.removeAll(removed);
            // Hibernate deletes after inserting; deleting first lets a new stage take a removed stage's name.
            entityManager.flush();
        }
        Map<UUID, StageEntity> existing = new HashMap<>();
        rows.forEach(r -> existing.put(r.id(), r));
        List<Stage> stages = snapshot.stages();
        for (int position = 0; position < stages.size(); position++) {
            Stage stage = stages.get(position);
            StageEntity stageRow = existing.get(stage.id().value());
            if (stageRow == null) {
                stageRow = new StageEntity(snapshot.tenant().value(), row.id(), stage, position);
                entityManager.persist(stageRow);
                rows.add(stageRow);
            } else {
                stageRow.copy(stage, position);
            }
        }
    }
}
