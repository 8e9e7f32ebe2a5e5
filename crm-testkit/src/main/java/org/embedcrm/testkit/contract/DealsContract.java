package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.ChangeDealPipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.DealLost;
import org.embedcrm.core.deal.DealStageChanged;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.UpdateDeal;
import org.embedcrm.core.deal.UpdatePipeline;
import org.embedcrm.core.deal.UpdateStage;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.assertion.CrmAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.deal.Deals} port, exercised through the deal commands. */
public abstract class DealsContract extends StoreContract {

    /** The standard pipeline of each test: Lead (default) > Qualified > Proposal > Negotiation > Won > Lost. */
    protected Pipeline sales;

    @BeforeEach
    void createSalesPipeline() {
        sales = aPipeline().createIn(crm());
    }

    private LocalDate today() {
        return LocalDate.now(fixture.clock());
    }

    private ContactId company(String name) {
        return crm().contacts().create(ContactInput.company(name)
                .email("office@" + name.toLowerCase(java.util.Locale.ROOT) + ".example").build()).id();
    }

    private ContactId person(String first, String last) {
        return crm().contacts().create(ContactInput.person(first, last)
                .email(first.toLowerCase(java.util.Locale.ROOT) + "@people.example").build()).id();
    }

    @Nested
    @DisplayName("opening deals")
    class Opening {

        @Test
        @DisplayName("a deal opened without a stage starts in the pipeline's default stage")
        void defaultStage() {
            crm().pipelines().updateStage(UpdateStage.of(sales.id(), stage(sales, "Qualified")).asDefault(true));

            Deal deal = aDeal().in(sales).openIn(crm());

            CrmAssertions.assertThat(deal).isIn(stage(sales, "Qualified")).isOpen();
        }

        @Test
        @DisplayName("without a default stage a deal starts in the first stage")
        void firstStage() {
            crm().pipelines().updateStage(UpdateStage.of(sales.id(), stage(sales, "Lead")).asDefault(false));

            Deal deal = aDeal().in(sales).openIn(crm());

            CrmAssertions.assertThat(deal).isIn(stage(sales, "Lead"));
        }

        @Test
        @DisplayName("a pipeline without stages is refused")
        void noStages() {
            Pipeline empty = aPipeline().withoutStages().createIn(crm());

            assertThatCrmError(() -> aDeal().in(empty).openIn(crm()))
                    .isA(RuleViolationException.class).hasCode("pipeline.no-stages");
        }

        @Test
        @DisplayName("an inactive pipeline takes no new deals")
        void inactivePipeline() {
            Pipeline other = aPipeline().createIn(crm());
            crm().pipelines().update(UpdatePipeline.of(other).active(false));

            assertThatCrmError(() -> aDeal().in(other).openIn(crm()))
                    .isA(RuleViolationException.class).hasCode("pipeline.inactive");
        }

        @Test
        @DisplayName("a stage of another pipeline is refused")
        void foreignStage() {
            Pipeline other = aPipeline().createIn(crm());

            assertThatCrmError(() -> crm().deals().open(aDeal().in(sales).command()
                    .inStage(stage(other, "Proposal").id())))
                    .isA(RuleViolationException.class).hasCode("deal.stage-not-in-pipeline");
        }

        @Test
        @DisplayName("a deal inherits its stage's default probability unless it sets its own")
        void inheritsProbability() {
            Deal inherited = aDeal().in(sales).openIn(crm());
            Deal own = aDeal().in(sales).withProbability(35).openIn(crm());

            assertThat(inherited.terms().probability().percent()).isEqualTo(10);
            assertThat(own.terms().probability().percent()).isEqualTo(35);
        }

        @Test
        @DisplayName("every invalid field is reported at once")
        void allViolations() {
            OpenDeal bad = new OpenDeal(" ", null, null, null, 150, null, null, null, null, null);

            assertThatCrmError(() -> crm().deals().open(bad))
                    .hasCode("validation.failed").reportsFields("title", "probability", "pipeline");
        }

        @Test
        @DisplayName("a negative value is refused")
        void negativeValue() {
            assertThatCrmError(() -> crm().deals().open(aDeal().in(sales).command().worth(Money.of("-1", "EUR"))))
                    .hasCode("validation.failed").reportsFields("value");
        }

        @Test
        @DisplayName("every field is stored as given")
        void roundTrip() {
            ContactId company = company("Initech");
            ContactId customer = person("Peter", "Gibbons");
            OpenDeal command = OpenDeal.in(sales.id(), "ERP rollout").describedAs("Phase 1 of 3")
                    .worth(Money.of("125000.5", "USD")).closingOn(LocalDate.of(2026, 6, 30)).withProbability(40)
                    .with(company, customer).assignedTo(UserRef.of("bob")).inStage(stage(sales, "Proposal").id());

            Deal opened = crm().deals().open(command);
            Deal read = crm().deals().get(opened.id());

            assertThat(read.snapshot()).isEqualTo(opened.snapshot());
            assertThat(read.terms().title()).isEqualTo("ERP rollout");
            assertThat(read.terms().description()).isEqualTo("Phase 1 of 3");
            assertThat(read.terms().value()).isEqualTo(Money.of("125000.50", "USD"));
            assertThat(read.terms().expectedCloseDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(read.terms().company()).isEqualTo(company);
            assertThat(read.terms().customer()).isEqualTo(customer);
            assertThat(read.terms().assignee()).isEqualTo(UserRef.of("bob"));
            assertThat(read.createdAt()).isEqualTo(fixture.clock().instant());
            assertThat(read.createdBy()).isEqualTo(UserRef.of("alice"));
        }

        @Test
        @DisplayName("a deal's company must be a company contact and its customer a contact, both of the tenant")
        void partiesOfTheTenant() {
            ContactId person = person("Ada", "Lovelace");
            ContactId stranger = new ContactId(UUID.randomUUID());

            assertThatCrmError(() -> crm().deals().open(aDeal().in(sales).command().with(person, null)))
                    .isA(RuleViolationException.class).hasCode("deal.company-not-company");
            assertThatCrmError(() -> crm().deals().open(aDeal().in(sales).command().with(null, stranger)))
                    .isA(NotFoundException.class).hasCode("contact.not-found");
            ContactId elsewhere = person;
            fixture.context().switchTenant(CrmFixture.freshTenant());
            Pipeline otherSales = aPipeline().createIn(crm());
            assertThatCrmError(() -> crm().deals().open(aDeal().in(otherSales).command().with(null, elsewhere)))
                    .isA(NotFoundException.class).hasCode("contact.not-found");
        }

        @Test
        @DisplayName("a contact that is a deal's company or customer cannot be deleted")
        void linkedContactKept() {
            ContactId company = company("Umbrella");
            crm().deals().open(aDeal().in(sales).command().with(company, null));

            assertThatCrmError(() -> crm().contacts().delete(company))
                    .isA(RuleViolationException.class).hasCode("contact.has-linked-records");
            assertThat(crm().contacts().get(company).profile().displayName()).isEqualTo("Umbrella");
        }

        @Test
        @DisplayName("opening a deal records its first stage and publishes DealCreated")
        void createdEvent() {
            Deal deal = aDeal().in(sales).openIn(crm());

            assertThat(fixture.events().eventsOf(DealCreated.class)).singleElement()
                    .satisfies(e -> {
                        assertThat(e.deal()).isEqualTo(deal.id());
                        assertThat(e.stage()).isEqualTo(stage(sales, "Lead").id());
                    });
            assertThat(crm().deals().stageHistory(deal.id())).singleElement()
                    .satisfies(c -> {
                        assertThat(c.from()).isNull();
                        assertThat(c.to()).isEqualTo(stage(sales, "Lead").id());
                    });
        }
    }

    @Nested
    @DisplayName("moving deals")
    class Moving {

        @Test
        @DisplayName("a deal moved to the won stage gets today's close date and DealWon is published")
        void won() {
            Deal deal = aDeal().in(sales).openIn(crm());
            fixture.clock().advance(Duration.ofDays(3));

            Deal moved = crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Won").id()));

            CrmAssertions.assertThat(moved).isIn(stage(sales, "Won")).isClosedOn(today());
            CrmAssertions.assertThat(crm().deals().get(deal.id())).isClosedOn(today());
            assertThat(fixture.events().eventsOf(DealWon.class)).singleElement()
                    .satisfies(e -> {
                        assertThat(e.closeDate()).isEqualTo(today());
                        assertThat(e.value()).isEqualTo(Money.of("1000", "EUR"));
                    });
        }

        @Test
        @DisplayName("a deal moved to the lost stage records the close date, lost reason and note")
        void lost() {
            LostReason price = crm().lostReasons().define(DefineLostReason.named("Price too high"));
            Deal deal = aDeal().in(sales).openIn(crm());

            Deal moved = crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Lost").id())
                    .because(price.id(), "Competitor was 20% cheaper"));

            CrmAssertions.assertThat(crm().deals().get(deal.id())).isClosedOn(today())
                    .wasLostBecause(price.id(), "Competitor was 20% cheaper");
            assertThat(moved.version()).isGreaterThan(deal.version());
            assertThat(fixture.events().eventsOf(DealLost.class)).singleElement()
                    .satisfies(e -> assertThat(e.lostReason()).isEqualTo(price.id()));
        }

        @Test
        @DisplayName("moving back to an active stage clears the close date and the lost reason")
        void reopened() {
            LostReason price = crm().lostReasons().define(DefineLostReason.named("Price too high"));
            Deal deal = aDeal().in(sales).openIn(crm());
            crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Lost").id()).because(price.id(), "too dear"));

            Deal reopened = crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Negotiation").id()));

            CrmAssertions.assertThat(reopened).isOpen();
            CrmAssertions.assertThat(crm().deals().get(deal.id())).isIn(stage(sales, "Negotiation")).isOpen();
        }

        @Test
        @DisplayName("a board move cannot leave the deal's pipeline")
        void boardMoveStaysInPipeline() {
            Pipeline other = aPipeline().createIn(crm());
            Deal deal = aDeal().in(sales).openIn(crm());

            assertThatCrmError(() -> crm().deals().move(MoveDeal.to(deal.id(), stage(other, "Won").id())))
                    .isA(RuleViolationException.class).hasCode("deal.stage-not-in-pipeline");
            CrmAssertions.assertThat(crm().deals().get(deal.id())).isIn(stage(sales, "Lead"));
        }

        @Test
        @DisplayName("changing pipeline takes a stage of the new pipeline and is recorded in the history")
        void changePipeline() {
            Pipeline other = aPipeline().createIn(crm());
            Deal deal = aDeal().in(sales).openIn(crm());

            assertThatCrmError(() -> crm().deals().changePipeline(
                    ChangeDealPipeline.to(deal.id(), other.id(), stage(sales, "Proposal").id())))
                    .hasCode("deal.stage-not-in-pipeline");
            Deal moved = crm().deals().changePipeline(
                    ChangeDealPipeline.to(deal.id(), other.id(), stage(other, "Proposal").id()));

            assertThat(moved.pipeline()).isEqualTo(other.id());
            assertThat(crm().deals().stageHistory(deal.id())).last().satisfies(c -> {
                assertThat(c.pipeline()).isEqualTo(other.id());
                assertThat(c.from()).isEqualTo(stage(sales, "Lead").id());
                assertThat(c.to()).isEqualTo(stage(other, "Proposal").id());
            });
        }

        @Test
        @DisplayName("a lost reason is refused outside the lost stage, when inactive, or without the note it asks for")
        void lostReasonRules() {
            LostReason plain = crm().lostReasons().define(DefineLostReason.named("No budget"));
            LostReason withNote = crm().lostReasons().define(DefineLostReason.named("Other").withNote());
            Deal deal = aDeal().in(sales).openIn(crm());

            assertThatCrmError(() -> crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Won").id())
                    .because(plain.id(), null))).hasCode("validation.failed");
            assertThatCrmError(() -> crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Lost").id())
                    .because(withNote.id(), " "))).hasCode("validation.failed").reportsFields("lostNote");
            crm().lostReasons().setActive(plain.id(), false);
            assertThatCrmError(() -> crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Lost").id())
                    .because(plain.id(), null))).isA(RuleViolationException.class).hasCode("lost-reason.inactive");
            CrmAssertions.assertThat(crm().deals().get(deal.id())).isIn(stage(sales, "Lead")).isOpen();
        }

        @Test
        @DisplayName("every stage change is appended to the history with from, to, when and by whom")
        void history() {
            Deal deal = aDeal().in(sales).openIn(crm());
            fixture.clock().advance(Duration.ofHours(5));
            fixture.context().switchActor(UserRef.of("bob"));
            crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Proposal").id()));
            fixture.clock().advance(Duration.ofDays(2));
            crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Won").id()));

            List<StageChange> history = crm().deals().stageHistory(deal.id());

            assertThat(history).extracting(StageChange::from, StageChange::to).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(null, stage(sales, "Lead").id()),
                    org.assertj.core.groups.Tuple.tuple(stage(sales, "Lead").id(), stage(sales, "Proposal").id()),
                    org.assertj.core.groups.Tuple.tuple(stage(sales, "Proposal").id(), stage(sales, "Won").id()));
            assertThat(history.get(2).at()).isEqualTo(fixture.clock().instant());
            assertThat(history.get(2).by()).isEqualTo(UserRef.of("bob"));
            assertThat(fixture.events().eventsOf(DealStageChanged.class)).hasSize(2);
        }

        @Test
        @DisplayName("moving a deal to the stage it sits in changes nothing")
        void sameStage() {
            Deal deal = aDeal().in(sales).openIn(crm());
            fixture.events().clear();

            Deal same = crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Lead").id()));

            assertThat(same.version()).isEqualTo(deal.version());
            assertThat(crm().deals().stageHistory(deal.id())).hasSize(1);
            assertThat(fixture.events().events()).isEmpty();
        }

        @Test
        @DisplayName("a move based on a stale version is refused")
        void staleMove() {
            Deal deal = aDeal().in(sales).openIn(crm());
            crm().deals().update(UpdateDeal.of(deal).titled("Renamed"));

            assertThatCrmError(() -> crm().deals().move(MoveDeal.to(deal.id(), stage(sales, "Won").id())
                    .expectingVersion(deal.version()))).isA(ConflictException.class).hasCode("stale-version");
            assertThatCrmError(() -> fixture.inTransaction(() -> store().deals().update(deal)))
                    .isA(ConflictException.class).hasCode("stale-version");
        }

        @Test
        @DisplayName("a move rolled back by the host's transaction changes nothing and publishes nothing")
        void rolledBackMove() {
            Deal deal = aDeal().in(sales).openIn(crm());
            fixture.events().clear();
            Crm crm = crm();

            Throwable thrown = catchThrowable(() -> fixture.inTransaction(() -> {
                crm.deals().move(MoveDeal.to(deal.id(), stage(sales, "Won").id()));
                throw new IllegalStateException("host fails after the move");
            }));

            assertThat(thrown).hasMessageContaining("host fails");
            CrmAssertions.assertThat(crm().deals().get(deal.id())).isIn(stage(sales, "Lead")).isOpen();
            assertThat(crm().deals().stageHistory(deal.id())).hasSize(1);
            assertThat(fixture.events().events()).isEmpty();
        }
    }

    @Nested
    @DisplayName("the board")
    class TheBoard {

        @Test
        @DisplayName("shows every stage in order with its deal count and value totals per currency")
        void columnsAndTotals() {
            aDeal().in(sales).worth("100.10", "EUR").openIn(crm());
            aDeal().in(sales).worth("200.20", "EUR").openIn(crm());
            aDeal().in(sales).worth("50", "USD").openIn(crm());
            aDeal().in(sales).withoutValue().openIn(crm());
            aDeal().in(sales).inStage("Won").worth("999", "EUR").openIn(crm());

            Board board = crm().deals().board(sales.id());

            assertThat(board.pipelineName()).isEqualTo(sales.name());
            assertThat(board.columns()).extracting(c -> c.stage().name())
                    .containsExactly("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost");
            BoardColumn lead = board.columns().get(0);
            assertThat(lead.dealCount()).isEqualTo(4);
            assertThat(lead.cards()).hasSize(4);
            assertThat(lead.totals()).containsExactly(Money.of("300.30", "EUR"), Money.of("50", "USD"));
            assertThat(board.columns().get(1).dealCount()).isZero();
            assertThat(board.columns().get(1).totals()).isEmpty();
            assertThat(board.columns().get(4).totals()).containsExactly(Money.of("999", "EUR"));
        }

        @Test
        @DisplayName("a column shows at most the cards asked for, oldest first, but counts them all")
        void cardLimit() {
            Deal first = aDeal().in(sales).titled("first").openIn(crm());
            fixture.clock().advance(Duration.ofMinutes(1));
            Deal second = aDeal().in(sales).titled("second").openIn(crm());
            fixture.clock().advance(Duration.ofMinutes(1));
            aDeal().in(sales).titled("third").openIn(crm());

            BoardColumn lead = crm().deals().board(sales.id(), 2).columns().get(0);

            assertThat(lead.dealCount()).isEqualTo(3);
            assertThat(lead.cards()).extracting(c -> c.id()).containsExactly(first.id(), second.id());
        }

        @Test
        @DisplayName("a card carries title, value, assignee, customer, company and expected close date")
        void cardFields() {
            ContactId company = company("Globex");
            ContactId customer = person("Hank", "Scorpio");
            Deal deal = crm().deals().open(OpenDeal.in(sales.id(), "Fleet renewal").worth(Money.of("42", "GBP"))
                    .assignedTo(UserRef.of("carol")).with(company, customer).closingOn(LocalDate.of(2026, 4, 1)));

            var card = crm().deals().board(sales.id()).columns().get(0).cards().get(0);

            assertThat(card.id()).isEqualTo(deal.id());
            assertThat(card.title()).isEqualTo("Fleet renewal");
            assertThat(card.value()).isEqualTo(Money.of("42", "GBP"));
            assertThat(card.assignee()).isEqualTo(UserRef.of("carol"));
            assertThat(card.company()).isEqualTo(company);
            assertThat(card.customer()).isEqualTo(customer);
            assertThat(card.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(card.version()).isEqualTo(deal.version());
        }

        @Test
        @DisplayName("shows neither other pipelines' deals nor other tenants' deals")
        void isolation() {
            Pipeline other = aPipeline().createIn(crm());
            aDeal().in(other).openIn(crm());
            Deal mine = aDeal().in(sales).openIn(crm());

            assertThat(crm().deals().board(sales.id()).columns().get(0).cards()).extracting(c -> c.id())
                    .containsExactly(mine.id());
            fixture.context().switchTenant(CrmFixture.freshTenant());
            assertThatCrmError(() -> crm().deals().board(sales.id())).isA(NotFoundException.class);
            assertThatCrmError(() -> crm().deals().get(mine.id())).isA(NotFoundException.class);
            assertThat(fixture.inTransaction(() -> store().deals().stageTotals(fixture.tenant(), sales.id())))
                    .isEmpty();
        }
    }
}
