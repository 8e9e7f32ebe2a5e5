package org.embedcrm.core.deal;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding pipelines together with their stages. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.PipelinesContract}.
 */
public interface Pipelines {

    /**
     * @param tenant the tenant; never null
     * @param id     the pipeline; never null
     * @return the pipeline with its stages, when it exists in that tenant
     */
    Optional<Pipeline> find(TenantId tenant, PipelineId id);

    /**
     * @param tenant the tenant; never null
     * @return every pipeline of the tenant, by display order; never null
     */
    List<Pipeline> all(TenantId tenant);

    /**
     * Stores a new pipeline.
     *
     * @param pipeline a pipeline of version 0; never null
     * @return the stored pipeline, with its new version
     * @throws ConflictException when its name, or its being the default, clashes with another pipeline
     */
    Pipeline add(Pipeline pipeline);

    /**
     * Stores a changed pipeline with its stages.
     *
     * @param pipeline a pipeline read earlier and changed since; never null
     * @return the stored pipeline, with its new version
     * @throws ConflictException when it was changed by someone else since it was read (stale version), or its
     *                           name or default flag clashes with another pipeline
     */
    Pipeline update(Pipeline pipeline);

    /**
     * @param pipeline a pipeline read earlier; never null
     * @throws ConflictException when it was changed by someone else since it was read
     */
    void remove(Pipeline pipeline);
}
