package org.embedcrm.io.internal;

import static org.embedcrm.io.internal.SettingsLists.byKey;
import static org.embedcrm.io.internal.SettingsLists.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Probability;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.deal.UpdatePipeline;
import org.embedcrm.core.deal.UpdateStage;
import org.embedcrm.core.shared.Names;
import org.embedcrm.io.settings.PipelineSetting;
import org.embedcrm.io.settings.SettingsDocument;
import org.embedcrm.io.settings.StageSetting;

/**
 * Reads, checks and applies pipelines and their stages, matched by name. A pipeline or stage the document lacks is
 * deleted, which the core refuses while it holds deals; so is a change of the won or lost flag of a stage with
 * deals.
 */
final class PipelineSync {

    private final Crm crm;

    PipelineSync(Crm crm) {
        this.crm = crm;
    }

    List<PipelineSetting> pipelines() {
        return crm.pipelines().all().stream().map(p -> new PipelineSetting(p.name(), p.description(), p.isActive(),
                p.isDefault(), p.stages().stream().map(s -> new StageSetting(s.name(), hex(s.color()), s.isDefault(),
                        s.won(), s.lost(), s.defaultProbability() == null ? null : s.defaultProbability().percent()))
                        .toList())).toList();
    }

    void check(SettingsDocument doc, SettingsCheck check) {
        List<PipelineSetting> pipelines = doc.pipelines();
        if (pipelines == null) {
            return;
        }
        for (int i = 0; i < pipelines.size(); i++) {
            PipelineSetting p = pipelines.get(i);
            String path = "pipelines[" + i + "]";
            check.entry(path, () -> Pipeline.restore(new Pipeline.Snapshot(new PipelineId(SettingsCheck.ID),
                    SettingsCheck.TENANT, 0, p.name(), p.description(), p.active(), p.isDefault(), 0, List.of())));
            for (int j = 0; j < p.stages().size(); j++) {
                StageSetting s = p.stages().get(j);
                check.entry(path + ".stages[" + j + "]", () -> new Stage(new StageId(SettingsCheck.ID), s.name(),
                        StageColor.ofNullable(s.color()), s.isDefault(), s.won(), s.lost(),
                        Probability.ofNullable(s.probability())));
            }
            check.unique(path + ".stages", "name", p.stages(), StageSetting::name);
            atMostOne(check, path, "stages", p.stages().stream().filter(StageSetting::isDefault).count(), "default");
            atMostOne(check, path, "stages", p.stages().stream().filter(StageSetting::won).count(), "won");
            atMostOne(check, path, "stages", p.stages().stream().filter(StageSetting::lost).count(), "lost");
            if (p.isDefault() && !p.active()) {
                check.add(path + ".active", "settings.pipeline.default-inactive", "the default pipeline is active");
            }
        }
        check.unique("pipelines", "name", pipelines, PipelineSetting::name);
        if (!pipelines.isEmpty() && pipelines.stream().filter(PipelineSetting::isDefault).count() != 1) {
            check.add("pipelines", "settings.pipeline.one-default", "exactly one pipeline is the default");
        }
    }

    private static void atMostOne(SettingsCheck check, String path, String list, long count, String what) {
        if (count > 1) {
            check.add(path + "." + list, "settings.stage.one-" + what, "at most one stage is the " + what + " stage");
        }
    }

    void apply(SettingsDocument doc) {
        List<PipelineSetting> wanted = doc.pipelines();
        if (wanted == null) {
            return;
        }
        Map<String, Pipeline> current = byKey(crm.pipelines().all(), Pipeline::name);
        List<PipelineId> order = new ArrayList<>();
        for (PipelineSetting p : wanted) {
            Pipeline stored = current.remove(Names.key(p.name()));
            Pipeline pipeline = stored == null
                    ? crm.pipelines().create(new CreatePipeline(p.name(), p.description(), true, false)) : stored;
            if (!p.name().strip().equals(pipeline.name()) || !Objects.equals(p.description(), pipeline.description())) {
                crm.pipelines().update(UpdatePipeline.of(pipeline).renamed(p.name()).describedAs(p.description())
                        .active(pipeline.isActive()));
            }
            applyStages(pipeline.id(), p.stages());
            order.add(pipeline.id());
        }
        wanted.stream().filter(PipelineSetting::isDefault).findFirst()
                .ifPresent(p -> crm.pipelines().makeDefault(order.get(wanted.indexOf(p))));
        for (int i = 0; i < wanted.size(); i++) {
            Pipeline pipeline = crm.pipelines().get(order.get(i));
            if (pipeline.isActive() != wanted.get(i).active()) {
                crm.pipelines().update(UpdatePipeline.of(pipeline).active(wanted.get(i).active()));
            }
        }
        for (Pipeline extra : current.values()) {
            applyStages(extra.id(), List.of());
            crm.pipelines().delete(extra.id());
        }
        crm.pipelines().reorder(order);
    }

    /**
     * Changes the stages so that no rule breaks on the way: outcome flags cleared before they move, a stage's default
     * flag cleared before it is deleted, the order last.
     */
    private void applyStages(PipelineId id, List<StageSetting> wanted) {
        Map<String, Stage> current = byKey(crm.pipelines().get(id).stages(), Stage::name);
        for (StageSetting s : wanted) {
            Stage stored = current.remove(Names.key(s.name()));
            if (stored == null) {
                crm.pipelines().addStage(new AddStage(id, s.name(), s.color(), s.isDefault(), false, false,
                        s.probability(), null));
            } else if (!same(stored, s, stored.won() && s.won(), stored.lost() && s.lost())) {
                crm.pipelines().updateStage(new UpdateStage(id, stored.id(), s.name(), s.color(), s.isDefault(),
                        stored.won() && s.won(), stored.lost() && s.lost(), s.probability(), null));
            }
        }
        for (Stage extra : current.values()) {
            Stage now = crm.pipelines().get(id).stage(extra.id()).orElseThrow();
            if (now.isDefault() && crm.pipelines().get(id).stages().size() > 1) {
                crm.pipelines().updateStage(UpdateStage.of(id, now).asDefault(false));
            }
            crm.pipelines().removeStage(id, extra.id());
        }
        Map<String, Stage> remaining = byKey(crm.pipelines().get(id).stages(), Stage::name);
        for (StageSetting s : wanted) {
            Stage stage = remaining.get(Names.key(s.name()));
            if (stage.won() != s.won() || stage.lost() != s.lost()) {
                crm.pipelines().updateStage(UpdateStage.of(id, stage).withOutcome(s.won(), s.lost()));
            }
        }
        if (!wanted.isEmpty()) {
            crm.pipelines().reorderStages(id, wanted.stream().map(s -> remaining.get(Names.key(s.name())).id())
                    .toList());
        }
    }

    private static boolean same(Stage stored, StageSetting s, boolean won, boolean lost) {
        return stored.name().equals(s.name().strip()) && Objects.equals(hex(stored.color()), hex(s.color()))
                && stored.isDefault() == s.isDefault() && stored.won() == won && stored.lost() == lost
                && Objects.equals(stored.defaultProbability() == null ? null : stored.defaultProbability().percent(),
                        s.probability());
    }

}
