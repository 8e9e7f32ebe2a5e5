package org.embedcrm.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.UpdatePipeline;
import org.embedcrm.core.deal.UpdateStage;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.generator.CrmGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("any sequence of pipeline and stage commands")
class PipelineInvariantsTest {

    @Test
    @DisplayName("keeps names unique, one default pipeline, at most one default/won/lost stage and contiguous order")
    void keepsInvariants() {
        qt().withExamples(150).forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 40))
                .checkAssert(seeds -> {
                    CrmFixture fixture = CrmFixture.inMemory();
                    for (int seed : seeds) {
                        apply(fixture.crm(), new Random(seed));
                        assertInvariants(fixture.crm().pipelines().all());
                    }
                });
    }

    private static void apply(Crm crm, Random random) {
        List<Pipeline> pipelines = crm.pipelines().all();
        String name = CrmGenerators.names().next(random);
        try {
            int op = pipelines.isEmpty() ? 0 : random.nextInt(9);
            Pipeline target = pipelines.isEmpty() ? null : pipelines.get(random.nextInt(pipelines.size()));
            switch (op) {
                case 0 -> crm.pipelines().create(random.nextBoolean() ? CreatePipeline.named(name)
                        : CreatePipeline.named(name).asDefault());
                case 1 -> crm.pipelines().update(UpdatePipeline.of(target).renamed(name).active(random.nextBoolean()));
                case 2 -> crm.pipelines().makeDefault(target.id());
                case 3 -> crm.pipelines().delete(target.id());
                case 4 -> crm.pipelines().reorder(shuffled(pipelines.stream().map(Pipeline::id).toList(), random));
                case 5 -> crm.pipelines().addStage(addStage(target.id(), name, random, target.stages().size()));
                case 6 -> withStage(target, random, s -> crm.pipelines().updateStage(UpdateStage.of(target.id(), s)
                        .renamed(name).asDefault(random.nextBoolean())
                        .withOutcome(random.nextInt(3) == 0, random.nextInt(3) == 0)));
                case 7 -> withStage(target, random, s -> crm.pipelines().removeStage(target.id(), s.id()));
                default -> crm.pipelines().reorderStages(target.id(),
                        shuffled(target.stages().stream().map(Stage::id).toList(), random));
            }
        } catch (CrmException refused) {
            assertThat(refused.code()).isNotBlank();
        }
    }

    private static AddStage addStage(PipelineId pipeline, String name, Random random, int size) {
        AddStage command = AddStage.to(pipeline, name);
        if (random.nextInt(3) == 0) {
            command = command.asDefault();
        }
        if (random.nextInt(4) == 0) {
            command = command.asWon();
        }
        if (random.nextInt(4) == 0) {
            command = command.asLost();
        }
        return random.nextBoolean() ? command : command.at(random.nextInt(size + 1));
    }

    private static void withStage(Pipeline pipeline, Random random, java.util.function.Consumer<Stage> action) {
        if (!pipeline.stages().isEmpty()) {
            action.accept(pipeline.stages().get(random.nextInt(pipeline.stages().size())));
        }
    }

    private static <T> List<T> shuffled(List<T> ids, Random random) {
        List<T> copy = new ArrayList<>(ids);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private static void assertInvariants(List<Pipeline> pipelines) {
        assertThat(pipelines).extracting(p -> Names.key(p.name())).doesNotHaveDuplicates();
        assertThat(pipelines).extracting(Pipeline::displayOrder)
                .containsExactlyElementsOf(IntStream.range(0, pipelines.size()).boxed().toList());
        if (!pipelines.isEmpty()) {
            assertThat(pipelines).filteredOn(Pipeline::isDefault).hasSize(1);
        }
        for (Pipeline pipeline : pipelines) {
            List<Stage> stages = pipeline.stages();
            assertThat(stages).extracting(s -> Names.key(s.name())).doesNotHaveDuplicates();
            assertThat(stages).extracting(Stage::id).doesNotHaveDuplicates();
            assertThat(stages.stream().filter(Stage::isDefault).count()).isLessThanOrEqualTo(1);
            assertThat(stages.stream().filter(Stage::won).count()).isLessThanOrEqualTo(1);
            assertThat(stages.stream().filter(Stage::lost).count()).isLessThanOrEqualTo(1);
            assertThat(stages).noneMatch(s -> s.won() && s.lost());
        }
    }

}
