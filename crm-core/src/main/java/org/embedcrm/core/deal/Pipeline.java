package org.embedcrm.core.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.DisplayOrder;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * A sales process: an ordered list of stages that deals move through, e.g. Lead &gt; Qualified &gt; Proposal &gt;
 * Negotiation &gt; Won &gt; Lost.
 *
 * <p>Within one pipeline, stage names are unique regardless of case and at most one stage each is the default, the
 * won and the lost stage. Rules spanning pipelines (unique names, exactly one default pipeline, display order) are
 * kept by {@link PipelineService}. Obtain pipelines from {@link PipelineService}; adapters rebuild them with
 * {@link #restore(Snapshot)}.
 */
public final class Pipeline {

    /** Longest pipeline name accepted. */
    public static final int NAME_MAX = 100;
    /** Longest description accepted. */
    public static final int DESCRIPTION_MAX = 2000;

    private final PipelineId id;
    private final TenantId tenant;
    private final long version;
    private String name;
    private String description;
    private boolean active;
    private boolean isDefault;
    private int displayOrder;
    private final List<Stage> stages;

    /**
     * Everything a pipeline holds, for storage adapters.
     *
     * @param id           never null
     * @param tenant       never null
     * @param version      the stored version a change is based on: 0 when new and when just added, one more after each update
     * @param name         never null
     * @param description  or null
     * @param active       whether new deals may be opened in it
     * @param isDefault    whether it is the tenant's default pipeline
     * @param displayOrder its position among the tenant's pipelines, from 0
     * @param stages       its stages in board order; never null
     */
    public record Snapshot(PipelineId id, TenantId tenant, long version, String name, String description,
                           boolean active, boolean isDefault, int displayOrder, List<Stage> stages) {

        /** Copies the stage list. */
        public Snapshot {
            stages = List.copyOf(stages);
        }
    }

    private Pipeline(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "pipeline id");
        this.tenant = Objects.requireNonNull(s.tenant(), "tenant");
        this.version = s.version();
        this.name = Names.require("name", s.name(), NAME_MAX);
        this.description = describe(s.description());
        this.active = s.active();
        this.isDefault = s.isDefault();
        this.displayOrder = s.displayOrder();
        this.stages = new ArrayList<>(s.stages());
    }

    static Pipeline create(PipelineId id, TenantId tenant, String name, String description, boolean active,
                           int displayOrder) {
        return new Pipeline(new Snapshot(id, tenant, 0, name, description, active, false, displayOrder, List.of()));
    }

    /**
     * @param snapshot a stored pipeline; never null
     * @return the pipeline it describes
     */
    public static Pipeline restore(Snapshot snapshot) {
        return new Pipeline(snapshot);
    }

    /** @return everything this pipeline holds; never null */
    public Snapshot snapshot() {
        return new Snapshot(id, tenant, version, name, description, active, isDefault, displayOrder, stages);
    }

    /** @return its identifier; never null */
    public PipelineId id() {
        return id;
    }

    /** @return the tenant it belongs to; never null */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the stored version this state is based on: 0 when new and when just added, one more after each update */
    public long version() {
        return version;
    }

    /** @return its name; never null */
    public String name() {
        return name;
    }

    /** @return its description, or null */
    public String description() {
        return description;
    }

    /** @return whether new deals may be opened in it */
    public boolean isActive() {
        return active;
    }

    /** @return whether it is the tenant's default pipeline for new deals */
    public boolean isDefault() {
        return isDefault;
    }

    /** @return its position among the tenant's pipelines, from 0 */
    public int displayOrder() {
        return displayOrder;
    }

    /** @return its stages in board order (left to right); never null, unmodifiable */
    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /**
     * @param stageId a stage id; never null
     * @return that stage when it belongs to this pipeline
     */
    public Optional<Stage> stage(StageId stageId) {
        return find(s -> s.id().equals(stageId));
    }

    /** @return the stage new deals start in: the default stage, else the first stage */
    public Stage entryStage() {
        return find(Stage::isDefault).or(() -> stages.stream().findFirst())
                .orElseThrow(() -> new RuleViolationException("pipeline.no-stages",
                        "pipeline '" + name + "' has no stages; add one before opening deals in it"));
    }

    Stage requireStage(StageId stageId) {
        return stage(stageId).orElseThrow(() -> new NotFoundException("stage", stageId));
    }

    void rename(String newName) {
        this.name = Names.require("name", newName, NAME_MAX);
    }

    void describeAs(String newDescription) {
        this.description = describe(newDescription);
    }

    void activate(boolean value) {
        this.active = value;
    }

    void markDefault(boolean value) {
        this.isDefault = value;
    }

    void placeAt(int order) {
        this.displayOrder = order;
    }

    void addStage(Stage stage, Integer position) {
        checkFits(stage);
        int at = position == null ? stages.size() : position;
        if (at < 0 || at > stages.size()) {
            throw ValidationException.of("position", "stage.position.range",
                    "a new stage goes at a position from 0 to " + stages.size());
        }
        clearOtherDefaultIfNeeded(stage);
        stages.add(at, stage);
    }

    void replaceStage(Stage changed) {
        int index = indexOf(changed.id());
        checkFits(changed);
        clearOtherDefaultIfNeeded(changed);
        stages.set(index, changed);
    }

    void removeStage(StageId stageId) {
        int index = indexOf(stageId);
        if (stages.get(index).isDefault() && stages.size() > 1) {
            throw new RuleViolationException("stage.is-default",
                    "the default stage cannot be deleted while other stages exist; make another stage the default first");
        }
        stages.remove(index);
    }

    void reorderStages(List<StageId> order) {
        DisplayOrder.requirePermutation(order, stages.stream().map(Stage::id).toList(), "stage.order.incomplete",
                "stage of the pipeline");
        List<Stage> reordered = order.stream().map(this::requireStage).toList();
        stages.clear();
        stages.addAll(reordered);
    }

    private void checkFits(Stage candidate) {
        for (Stage other : stages) {
            if (other.id().equals(candidate.id())) {
                continue;
            }
            if (Names.key(other.name()).equals(Names.key(candidate.name()))) {
                throw new ConflictException("stage.name-taken",
                        "pipeline '" + name + "' already has a stage named '" + other.name() + "'", null);
            }
            if (candidate.won() && other.won()) {
                throw new RuleViolationException("stage.won-exists",
                        "pipeline '" + name + "' already has a won stage: '" + other.name() + "'");
            }
            if (candidate.lost() && other.lost()) {
                throw new RuleViolationException("stage.lost-exists",
                        "pipeline '" + name + "' already has a lost stage: '" + other.name() + "'");
            }
        }
    }

    private void clearOtherDefaultIfNeeded(Stage candidate) {
        if (!candidate.isDefault()) {
            return;
        }
        stages.replaceAll(s -> s.isDefault() && !s.id().equals(candidate.id()) ? s.withDefault(false) : s);
    }

    private int indexOf(StageId stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        throw new NotFoundException("stage", stageId);
    }

    private Optional<Stage> find(Predicate<Stage> predicate) {
        return stages.stream().filter(predicate).findFirst();
    }

    private static String describe(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > DESCRIPTION_MAX) {
            throw ValidationException.of("description", "description.too-long",
                    "a description has at most " + DESCRIPTION_MAX + " characters");
        }
        return text.strip();
    }
}
