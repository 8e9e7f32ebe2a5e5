package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Pipelines in memory, with the unique keys the database schema has (name per tenant, one default per tenant). */
final class InMemoryPipelines implements Pipelines {

    private final TransactionalMap<PipelineId, Pipeline.Snapshot> rows;

    InMemoryPipelines(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<Pipeline> find(TenantId tenant, PipelineId id) {
        return rows.get(id).filter(p -> p.tenant().equals(tenant)).map(Pipeline::restore);
    }

    @Override
    public List<Pipeline> all(TenantId tenant) {
        return rows.values().stream().filter(p -> p.tenant().equals(tenant))
                .sorted(Comparator.comparingInt(Pipeline.Snapshot::displayOrder))
                .map(Pipeline::restore).toList();
    }

    @Override
    public Pipeline add(Pipeline pipeline) {
        Pipeline.Snapshot row = pipeline.snapshot();
        if (rows.get(row.id()).isPresent()) {
            throw new ConflictException("pipeline.exists", "pipeline " + row.id() + " is stored already", null);
        }
        return store(row, 0);
    }

    @Override
    public Pipeline update(Pipeline pipeline) {
        Pipeline.Snapshot row = pipeline.snapshot();
        Pipeline.Snapshot stored = rows.get(row.id()).filter(p -> p.tenant().equals(row.tenant()))
                .orElseThrow(() -> ConflictException.staleVersion("pipeline", row.id(), row.version()));
        if (stored.version() != row.version()) {
            throw ConflictException.staleVersion("pipeline", row.id(), row.version());
        }
        return store(row, row.version() + 1);
    }

    @Override
    public void remove(Pipeline pipeline) {
        Pipeline.Snapshot stored = rows.get(pipeline.id()).filter(p -> p.tenant().equals(pipeline.tenant()))
                .orElseThrow(() -> ConflictException.staleVersion("pipeline", pipeline.id(), pipeline.version()));
        if (stored.version() != pipeline.version()) {
            throw ConflictException.staleVersion("pipeline", pipeline.id(), pipeline.version());
        }
        rows.remove(pipeline.id());
    }

    private Pipeline store(Pipeline.Snapshot row, long version) {
        for (Pipeline.Snapshot other : rows.values()) {
            if (!other.tenant().equals(row.tenant()) || other.id().equals(row.id())) {
                continue;
            }
            if (Names.key(other.name()).equals(Names.key(row.name()))) {
                throw new ConflictException("pipeline.name-taken", "a pipeline named '" + other.name() + "' exists already", null);
            }
            if (other.isDefault() && row.isDefault()) {
                throw new ConflictException("pipeline.default-taken", "the tenant has a default pipeline already", null);
            }
        }
        Pipeline.Snapshot stored = new Pipeline.Snapshot(row.id(), row.tenant(), version, row.name(),
                row.description(), row.active(), row.isDefault(), row.displayOrder(), row.stages());
        rows.put(row.id(), stored);
        return Pipeline.restore(stored);
    }
}
