package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.ChangeDealPipeline;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.UpdateStage;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/pipelines-and-deals.md}, on the in-memory store. */
@DisplayName("docs/pipelines-and-deals.md")
class PipelinesAndDealsSnippetTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();

    @Test
    @DisplayName("pipelines: the default cannot be deleted, an empty pipeline can")
    void pipelines() {
        Pipeline enterprise = crm.pipelines().create(CreatePipeline.named("Enterprise")); // the first: the default
        Pipeline partners = crm.pipelines().create(CreatePipeline.named("Partners").describedAs("Resellers"));
        crm.pipelines().makeDefault(partners.id());
        try {
            crm.pipelines().delete(partners.id());
        } catch (RuleViolationException e) {
            System.out.println(e.code()); // pipeline.is-default
        }
        crm.pipelines().delete(enterprise.id()); // no stages, no deals, not the default: gone

        assertThat(crm.pipelines().all()).extracting(Pipeline::name).containsExactly("Partners");
        assertThat(crm.pipelines().all().get(0).isDefault()).isTrue();
        assertThat(crm.pipelines().all().get(0).displayOrder()).isZero();
    }

    @Test
    @DisplayName("stages: an update based on the pipeline's version renames, recolours and re-weights a stage")
    void stages() {
        PipelineId salesId = salesPipeline().id();

        Pipeline sales = crm.pipelines().get(salesId);
        Stage proposal = sales.stages().get(2);
        sales = crm.pipelines().updateStage(UpdateStage.of(sales.id(), proposal)
                .renamed("Quote sent")
                .colored("#ffa726")
                .withProbability(40)
                .expectingVersion(sales.version()));

        Stage updated = sales.stages().get(2);
        assertThat(updated.name()).isEqualTo("Quote sent");
        assertThat(updated.color().hex()).isEqualTo("#FFA726");
        assertThat(updated.defaultProbability().percent()).isEqualTo(40);
        Pipeline stale = crm.pipelines().get(salesId);
        assertThatCrmError(() -> crm.pipelines().updateStage(UpdateStage.of(salesId, updated).renamed("Offer")
                .expectingVersion(stale.version() - 1))).isA(ConflictException.class).hasCode("stale-version");
    }

    @Test
    @DisplayName("stage rules are refused with the codes the page gives")
    void stageRules() {
        Pipeline sales = salesPipeline();
        Deal deal = crm.deals().open(OpenDeal.in(sales.id(), "Acme"));

        assertThatCrmError(() -> crm.pipelines().addStage(AddStage.to(sales.id(), " lead ")))
                .isA(ConflictException.class).hasCode("stage.name-taken");
        assertThatCrmError(() -> crm.pipelines().addStage(AddStage.to(sales.id(), "Won again").asWon()))
                .hasCode("stage.won-exists");
        assertThatCrmError(() -> crm.pipelines().addStage(AddStage.to(sales.id(), "Odd").colored("red")
                .asWon().asLost().withProbability(101))).reportsFields("color", "wonAndLost", "defaultProbability");
        assertThatCrmError(() -> crm.pipelines().removeStage(sales.id(), deal.stage())).hasCode("stage.has-deals");
        assertThatCrmError(() -> crm.pipelines().updateStage(UpdateStage.of(sales.id(), sales.stages().get(0))
                .withOutcome(false, true))).hasCode("stage.outcome-locked");
        assertThatCrmError(() -> crm.pipelines().delete(sales.id())).hasCode("pipeline.is-default");
    }

    @Test
    @DisplayName("deals: a lost deal keeps its reason, note and close date; a deal can change pipeline")
    void deals() {
        Pipeline sales = salesPipeline();
        Pipeline renewals = crm.pipelines().create(CreatePipeline.named("Renewals"));
        renewals = crm.pipelines().addStage(AddStage.to(renewals.id(), "Due"));
        Deal deal = crm.deals().open(OpenDeal.in(sales.id(), "Acme").worth(Money.of("100", "EUR")));

        LostReason competitor = crm.lostReasons().define(DefineLostReason.named("Chose a competitor").withNote());
        Stage lost = sales.stages().get(4);
        Deal closed = crm.deals().move(MoveDeal.to(deal.id(), lost.id())
                .because(competitor.id(), "Went with their incumbent supplier"));
        // closed.actualCloseDate() is today, closed.lostReason() the competitor reason

        assertThat(closed.actualCloseDate()).contains(LocalDate.now(fixture.clock()));
        assertThat(closed.lostReason()).contains(competitor.id());
        assertThatCrmError(() -> crm.deals().move(MoveDeal.to(deal.id(), lost.id()).because(competitor.id(), null)))
                .hasCode("validation.failed");

        Stage renewalsEntry = renewals.stages().get(0);
        Deal moved = crm.deals().changePipeline(ChangeDealPipeline.to(deal.id(), renewals.id(), renewalsEntry.id()));

        assertThat(moved.pipeline()).isEqualTo(renewals.id());
        assertThat(moved.isClosed()).isFalse();
        assertThat(moved.lostReason()).isEmpty();

        for (StageChange change : crm.deals().stageHistory(deal.id())) {
            System.out.println(change.at() + " " + change.from() + " -> " + change.to() + " by " + change.by());
        }

        assertThat(crm.deals().stageHistory(deal.id())).extracting(StageChange::from, StageChange::to).containsExactly(
                tuple(null, sales.stages().get(0).id()),
                tuple(sales.stages().get(0).id(), lost.id()),
                tuple(lost.id(), renewalsEntry.id()));
    }

    @Test
    @DisplayName("events: a listener sees DealWon after the move committed")
    void events() {
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();
        Invoicing invoicing = new Invoicing();

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .listener(event -> {
                    if (event instanceof DealWon won) {
                        invoicing.prepareInvoice(won.deal(), won.value());
                    }
                })
                .build();

        Pipeline sales = salesPipeline();
        Deal deal = crm.deals().open(OpenDeal.in(sales.id(), "Acme").worth(Money.of("48000", "EUR")));
        assertThat(invoicing.prepared).isEmpty();
        crm.deals().move(MoveDeal.to(deal.id(), sales.stages().get(3).id()));
        assertThat(invoicing.prepared).containsExactly(deal.id());
    }

    @Test
    @DisplayName("optimistic locking: a move from a card drawn before another change is refused with stale-version")
    void optimisticLocking() {
        Pipeline sales = salesPipeline();
        Stage qualified = sales.stages().get(1);
        Deal deal = crm.deals().open(OpenDeal.in(sales.id(), "Acme"));

        moveFromTheBoard(sales, qualified);
        assertThat(crm.deals().get(deal.id()).stage()).isEqualTo(qualified.id());

        crm.deals().move(MoveDeal.to(deal.id(), sales.stages().get(0).id()));
        DealCard drawnEarlier = crm.deals().board(sales.id()).columns().get(0).cards().get(0);
        crm.deals().move(MoveDeal.to(deal.id(), sales.stages().get(2).id()));
        crm.deals().move(MoveDeal.to(deal.id(), sales.stages().get(0).id()));
        assertThatCrmError(() -> crm.deals().move(MoveDeal.to(drawnEarlier.id(), qualified.id())
                .expectingVersion(drawnEarlier.version()))).isA(ConflictException.class).hasCode("stale-version");
        assertThat(crm.deals().get(deal.id()).stage()).isEqualTo(sales.stages().get(0).id());
    }

    private void moveFromTheBoard(Pipeline sales, Stage qualified) {
        DealCard card = crm.deals().board(sales.id()).columns().get(0).cards().get(0);
        try {
            crm.deals().move(MoveDeal.to(card.id(), qualified.id()).expectingVersion(card.version()));
        } catch (ConflictException e) {
            // e.code() is "stale-version": someone moved or edited the deal since the board was drawn
        }
    }

    /** The pipeline of docs/getting-started.md: Lead, Qualified, Proposal, Won, Lost. */
    private Pipeline salesPipeline() {
        Pipeline sales = crm.pipelines().create(CreatePipeline.named("Sales"));
        PipelineId id = sales.id();
        crm.pipelines().addStage(AddStage.to(id, "Lead").asDefault().withProbability(10));
        crm.pipelines().addStage(AddStage.to(id, "Qualified").withProbability(25));
        crm.pipelines().addStage(AddStage.to(id, "Proposal").withProbability(50));
        crm.pipelines().addStage(AddStage.to(id, "Won").asWon().colored("#2E7D32"));
        return crm.pipelines().addStage(AddStage.to(id, "Lost").asLost().colored("#C62828"));
    }

    /** Stands for a host's own service reacting to won deals. */
    private static final class Invoicing {

        private final List<DealId> prepared = new ArrayList<>();

        void prepareInvoice(DealId deal, Money value) {
            assertThat(value).isNotNull();
            prepared.add(deal);
        }
    }
}
