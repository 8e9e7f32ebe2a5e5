package org.embedcrm.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.ChangeDealPipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("any sequence of deal moves")
class DealCloseDateInvariantTest {

    @Test
    @DisplayName("keeps 'close date set ⇔ stage is won or lost', lost reasons only in the lost stage, and the board's counts")
    void closeDateFollowsStage() {
        qt().withExamples(100).forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 40))
                .checkAssert(seeds -> {
                    CrmFixture fixture = CrmFixture.inMemory();
                    Crm crm = fixture.crm();
                    List<Pipeline> pipelines = List.of(aPipeline().createIn(crm),
                            aPipeline().withStages("Open", "Closed Won", "Won", "Lost").createIn(crm));
                    LostReason reason = crm.lostReasons().define(DefineLostReason.named("Price"));
                    List<Deal> deals = List.of(aDeal().in(pipelines.get(0)).openIn(crm),
                            aDeal().in(pipelines.get(1)).openIn(crm), aDeal().in(pipelines.get(0)).openIn(crm));
                    for (int seed : seeds) {
                        Random random = new Random(seed);
                        fixture.clock().advance(Duration.ofHours(random.nextInt(72)));
                        Deal deal = crm.deals().get(deals.get(random.nextInt(deals.size())).id());
                        move(crm, deal, pipelines, reason, random);
                        for (Deal d : deals) {
                            assertConsistent(crm, crm.deals().get(d.id()), pipelines, LocalDate.now(fixture.clock()));
                        }
                    }
                    long onBoards = pipelines.stream().flatMap(p -> crm.deals().board(p.id()).columns().stream())
                            .mapToLong(BoardColumn::dealCount).sum();
                    assertThat(onBoards).isEqualTo(deals.size());
                });
    }

    private static void move(Crm crm, Deal deal, List<Pipeline> pipelines, LostReason reason, Random random) {
        Pipeline target = random.nextInt(4) == 0 ? pipelines.get(random.nextInt(pipelines.size()))
                : pipelines.stream().filter(p -> p.id().equals(deal.pipeline())).findFirst().orElseThrow();
        Stage stage = target.stages().get(random.nextInt(target.stages().size()));
        boolean withReason = random.nextBoolean();
        try {
            if (target.id().equals(deal.pipeline())) {
                MoveDeal command = MoveDeal.to(deal.id(), stage.id());
                crm.deals().move(withReason ? command.because(reason.id(), "lost to a competitor") : command);
            } else {
                crm.deals().changePipeline(ChangeDealPipeline.to(deal.id(), target.id(), stage.id()));
            }
        } catch (CrmException refused) {
            assertThat(refused.code()).isEqualTo("validation.failed");
            assertThat(withReason && !stage.lost()).as("only a lost reason outside the lost stage is refused").isTrue();
        }
    }

    private static void assertConsistent(Crm crm, Deal deal, List<Pipeline> pipelines, LocalDate today) {
        Pipeline pipeline = pipelines.stream().filter(p -> p.id().equals(deal.pipeline())).findFirst().orElseThrow();
        Stage stage = pipeline.stage(deal.stage()).orElseThrow();
        assertThat(deal.actualCloseDate().isPresent()).isEqualTo(stage.won() || stage.lost());
        deal.actualCloseDate().ifPresent(date -> assertThat(date).isBeforeOrEqualTo(today));
        if (!stage.lost()) {
            assertThat(deal.lostReason()).isEmpty();
            assertThat(deal.lostNote()).isEmpty();
        }
        assertThat(crm.deals().stageHistory(deal.id())).last()
                .satisfies(change -> assertThat(change.to()).isEqualTo(deal.stage()));
    }
}
