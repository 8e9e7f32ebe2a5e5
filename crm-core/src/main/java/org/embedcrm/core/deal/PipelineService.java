package org.embedcrm.core.deal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.DisplayOrder;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.Permission;
import org.embedcrm.core.shared.TenantId;

/**
 * Manages the tenant's pipelines and their stages. Every changing command needs
 * {@link Permission#MANAGE_PIPELINES}. Obtain it from {@link org.embedcrm.core.Crm#pipelines()}.
 *
 * <p>Across pipelines it keeps: names unique regardless of case, exactly one default pipeline while any exists,
 * and display orders 0..n-1.
 */
public final class PipelineService {

    private final ServiceContext ctx;
    private final Pipelines pipelines;
    private final Deals deals;

    /**
     * @param ctx       the service plumbing; never null
     * @param pipelines the pipeline port; never null
     * @param deals     the deal port, to refuse deleting what holds deals; never null
     */
    public PipelineService(ServiceContext ctx, Pipelines pipelines, Deals deals) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        this.deals = Objects.requireNonNull(deals, "deals");
    }

    /**
     * Creates a pipeline, placed after the existing ones. The tenant's first pipeline becomes the default.
     *
     * @param command what to create; never null
     * @return the stored pipeline, without stages
     * @throws ConflictException when another pipeline has that name
     */
    public Pipeline create(CreatePipeline command) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.execute(command, () -> {
            TenantId tenant = ctx.tenant();
            List<Pipeline> existing = pipelines.all(tenant);
            checkNameFree(existing, null, command.name());
            Pipeline pipeline = Pipeline.create(new PipelineId(ctx.ids().next()), tenant, command.name(),
                    command.description(), command.active(), existing.size());
            if (command.makeDefault() || existing.stream().noneMatch(Pipeline::isDefault)) {
                clearDefault(existing);
                pipeline.markDefault(true);
            }
            return pipelines.add(pipeline);
        });
    }

    /**
     * Changes a pipeline's name, description and active flag. The default pipeline cannot be deactivated.
     *
     * @param command the changes; never null
     * @return the stored pipeline
     */
    public Pipeline update(UpdatePipeline command) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.execute(command, () -> {
            List<Pipeline> existing = pipelines.all(ctx.tenant());
            Pipeline pipeline = load(command.pipeline());
            ServiceContext.checkVersion("pipeline", pipeline.id(), pipeline.version(), command.expectedVersion());
            checkNameFree(existing, pipeline.id(), command.name());
            if (pipeline.isDefault() && !command.active()) {
                throw new RuleViolationException("pipeline.is-default",
                        "the default pipeline cannot be deactivated; make another pipeline the default first");
            }
            pipeline.rename(command.name());
            pipeline.describeAs(command.description());
            pipeline.activate(command.active());
            return pipelines.update(pipeline);
        });
    }

    /**
     * Makes a pipeline the tenant's default, clearing the flag on the previous default.
     *
     * @param id the pipeline; never null
     * @return the stored pipeline
     */
    public Pipeline makeDefault(PipelineId id) {
        Objects.requireNonNull(id, "pipeline");
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            Pipeline pipeline = load(id);
            if (pipeline.isDefault()) {
                return pipeline;
            }
            if (!pipeline.isActive()) {
                throw new RuleViolationException("pipeline.inactive",
                        "pipeline '" + pipeline.name() + "' is inactive and cannot be the default");
            }
            clearDefault(pipelines.all(ctx.tenant()));
            pipeline.markDefault(true);
            return pipelines.update(pipeline);
        });
    }

    /**
     * Sets the display order of the tenant's pipelines.
     *
     * @param order every pipeline of the tenant exactly once, first to last; never null
     * @return the pipelines in their new order
     */
    public List<Pipeline> reorder(List<PipelineId> order) {
        List<PipelineId> wanted = List.copyOf(order);
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            List<Pipeline> existing = pipelines.all(ctx.tenant());
            DisplayOrder.requirePermutation(wanted, existing.stream().map(Pipeline::id).toList(),
                    "pipeline.order.incomplete", "pipeline of the tenant");
            for (Pipeline pipeline : existing) {
                int position = wanted.indexOf(pipeline.id());
                if (pipeline.displayOrder() != position) {
                    pipeline.placeAt(position);
                    pipelines.update(pipeline);
                }
            }
            return pipelines.all(ctx.tenant());
        });
    }

    /**
     * Deletes a pipeline that has no stages and no deals and is not the default.
     *
     * @param id the pipeline; never null
     * @throws RuleViolationException {@code pipeline.is-default} or {@code pipeline.not-empty}
     */
    public void delete(PipelineId id) {
        Objects.requireNonNull(id, "pipeline");
        ctx.require(Permission.MANAGE_PIPELINES);
        ctx.run(() -> {
            Pipeline pipeline = load(id);
            if (pipeline.isDefault()) {
                throw new RuleViolationException("pipeline.is-default",
                        "the default pipeline cannot be deleted; make another pipeline the default first");
            }
            if (!pipeline.stages().isEmpty() || deals.anyInPipeline(ctx.tenant(), id)) {
                throw new RuleViolationException("pipeline.not-empty",
                        "pipeline '" + pipeline.name() + "' still has stages or deals; remove them first");
            }
            pipelines.remove(pipeline);
            for (Pipeline other : pipelines.all(ctx.tenant())) {
                if (other.displayOrder() > pipeline.displayOrder()) {
                    other.placeAt(other.displayOrder() - 1);
                    pipelines.update(other);
                }
            }
            return null;
        });
    }

    /**
     * Adds a stage to a pipeline.
     *
     * @param command the stage; never null
     * @return the stored pipeline with the new stage
     */
    public Pipeline addStage(AddStage command) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.execute(command, () -> {
            Pipeline pipeline = load(command.pipeline());
            pipeline.addStage(new Stage(new StageId(ctx.ids().next()), command.name(),
                    StageColor.ofNullable(command.color()), command.makeDefault(), command.won(), command.lost(),
                    Probability.ofNullable(command.defaultProbability())), command.position());
            return pipelines.update(pipeline);
        });
    }

    /**
     * Changes a stage. The won and lost flags of a stage holding deals stay as they are.
     *
     * @param command the changes; never null
     * @return the stored pipeline
     * @throws RuleViolationException {@code stage.outcome-locked} when the outcome of a stage holding deals would change
     */
    public Pipeline updateStage(UpdateStage command) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.execute(command, () -> {
            Pipeline pipeline = load(command.pipeline());
            ServiceContext.checkVersion("pipeline", pipeline.id(), pipeline.version(), command.expectedVersion());
            Stage current = pipeline.requireStage(command.stage());
            boolean outcomeChanges = current.won() != command.won() || current.lost() != command.lost();
            if (outcomeChanges && deals.anyInStage(ctx.tenant(), current.id())) {
                throw new RuleViolationException("stage.outcome-locked",
                        "stage '" + current.name() + "' holds deals; its won/lost flags cannot change");
            }
            pipeline.replaceStage(new Stage(current.id(), command.name(), StageColor.ofNullable(command.color()),
                    command.makeDefault(), command.won(), command.lost(),
                    Probability.ofNullable(command.defaultProbability())));
            return pipelines.update(pipeline);
        });
    }

    /**
     * Deletes a stage that holds no deals; the default stage only when it is the last one.
     *
     * @param pipelineId the pipeline; never null
     * @param stageId    the stage; never null
     * @return the stored pipeline
     * @throws RuleViolationException {@code stage.has-deals} or {@code stage.is-default}
     */
    public Pipeline removeStage(PipelineId pipelineId, StageId stageId) {
        Objects.requireNonNull(pipelineId, "pipeline");
        Objects.requireNonNull(stageId, "stage");
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            Pipeline pipeline = load(pipelineId);
            Stage stage = pipeline.requireStage(stageId);
            if (deals.anyInStage(ctx.tenant(), stageId)) {
                throw new RuleViolationException("stage.has-deals",
                        "stage '" + stage.name() + "' holds deals; move them to another stage first");
            }
            pipeline.removeStage(stageId);
            return pipelines.update(pipeline);
        });
    }

    /**
     * Sets the order of a pipeline's stages (the board's columns, left to right).
     *
     * @param pipelineId the pipeline; never null
     * @param order      every stage of the pipeline exactly once; never null
     * @return the stored pipeline
     */
    public Pipeline reorderStages(PipelineId pipelineId, List<StageId> order) {
        Objects.requireNonNull(pipelineId, "pipeline");
        List<StageId> wanted = List.copyOf(order);
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            Pipeline pipeline = load(pipelineId);
            pipeline.reorderStages(wanted);
            return pipelines.update(pipeline);
        });
    }

    /**
     * @param id the pipeline; never null
     * @return the pipeline with its stages
     * @throws NotFoundException when the tenant has no such pipeline
     */
    public Pipeline get(PipelineId id) {
        Objects.requireNonNull(id, "pipeline");
        return ctx.run(() -> load(id));
    }

    /** @return every pipeline of the tenant, by display order */
    public List<Pipeline> all() {
        return ctx.run(() -> pipelines.all(ctx.tenant()));
    }

    /** @return the tenant's default pipeline, unless it has no pipeline yet */
    public Optional<Pipeline> defaultPipeline() {
        return all().stream().filter(Pipeline::isDefault).findFirst();
    }

    private Pipeline load(PipelineId id) {
        return pipelines.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("pipeline", id));
    }

    private void clearDefault(List<Pipeline> existing) {
        for (Pipeline other : existing) {
            if (other.isDefault()) {
                other.markDefault(false);
                pipelines.update(other);
            }
        }
    }

    private static void checkNameFree(List<Pipeline> existing, PipelineId self, String name) {
        String key = Names.key(name);
        for (Pipeline other : existing) {
            if (!other.id().equals(self) && Names.key(other.name()).equals(key)) {
                throw new ConflictException("pipeline.name-taken",
                        "a pipeline named '" + other.name() + "' exists already", null);
            }
        }
    }
}
