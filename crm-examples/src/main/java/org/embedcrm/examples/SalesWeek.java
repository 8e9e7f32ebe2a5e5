package org.embedcrm.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * The quickstart's story: a sales team sets up its pipeline and works a week of deals through it. Each step is
 * printed before it runs; the {@link EventPrinter} then prints the events the step raised, after its commit. Deals
 * with a company of the {@link CustomerBook} are opened with that company and its primary contact, and the company
 * of the deal won becomes a customer when its first order is confirmed.
 */
final class SalesWeek {

    /**
     * What the week leaves behind.
     *
     * @param pipeline the pipeline with its stages; never null
     * @param won      the deal that was won; never null
     * @param lost     the deal that was lost; never null
     */
    record Outcome(Pipeline pipeline, Deal won, Deal lost) {
    }

    private final Crm crm;
    private final DemoClock clock;
    private final EventPrinter events;
    private final PrintStream out;
    private final Map<String, DealParties> parties;
    private Pipeline sales;

    /**
     * @param crm    the CRM to work in; never null
     * @param clock  the clock the CRM reads, moved forward between steps; never null
     * @param events the listener registered on the CRM, told the names of stages and reasons; never null
     * @param out    where steps are printed; never null
     */
    SalesWeek(Crm crm, DemoClock clock, EventPrinter events, PrintStream out) {
        this(crm, clock, events, out, Map.of());
    }

    /**
     * @param crm     the CRM to work in; never null
     * @param clock   the clock the CRM reads, moved forward between steps; never null
     * @param events  the listener registered on the CRM, told the names of stages and reasons; never null
     * @param out     where steps are printed; never null
     * @param parties who deals are with, by company name, from {@link CustomerBook.Book#dealParties()}; deals with
     *                a company not in it are opened without parties; never null
     */
    SalesWeek(Crm crm, DemoClock clock, EventPrinter events, PrintStream out, Map<String, DealParties> parties) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
        this.parties = Map.copyOf(parties);
    }

    /** @return the pipeline and the deals that closed, after the week's work */
    Outcome play() {
        sales = setUpPipeline();
        LostReason competitor = defineLostReasons();
        Stage lead = stage(sales, "Lead");
        Stage qualified = stage(sales, "Qualified");
        Stage proposal = stage(sales, "Proposal");
        Stage negotiation = stage(sales, "Negotiation");

        out.println();
        out.println("A week of sales (events are printed by the listener, after each commit):");
        Deal acme = open("Acme ERP rollout", "Acme Industries", lead, "48000.00", "EUR", "alice", "2026-04-30");
        Deal globex = open("Globex support", "Globex", lead, "12500.00", "EUR", "bob", "2026-03-31");
        Deal initech = open("Initech migration", "Initech", lead, "9800.00", "EUR", "carol", "2026-05-15");
        Deal umbrella = open("Umbrella US launch", "Umbrella Corporation", lead, "30000.00", "USD", "bob",
                "2026-06-30");
        Deal hooli = open("Hooli workshop", "Hooli", lead, "2400.00", "EUR", "alice", "2026-03-20");
        Deal stark = open("Stark pilot", null, qualified, "15000.00", "EUR", "carol", "2026-04-15");
        step("open \"Wayne renewal\" in the entry stage, no value yet, for alice");
        crm.deals().open(OpenDeal.in(sales.id(), "Wayne renewal").assignedTo(UserRef.of("alice")));

        nextDay();
        acme = move(acme, qualified);
        Deal acmeAsLoadedOnTuesday = acme;
        globex = move(globex, qualified);
        move(initech, qualified);
        umbrella = move(umbrella, qualified);

        nextDay();
        acme = move(acme, proposal);
        globex = move(globex, proposal);
        move(umbrella, proposal);
        move(stark, proposal);
        refuseStaleMove(acmeAsLoadedOnTuesday, stage(sales, "Lost"));

        nextDay();
        move(acme, negotiation);
        globex = move(globex, negotiation);
        step("move \"" + hooli.terms().title() + "\" to Lost: " + competitor.name());
        Deal lost = crm.deals().move(MoveDeal.to(hooli.id(), stage(sales, "Lost").id())
                .because(competitor.id(), "Went with their incumbent supplier"));

        nextDay();
        Deal won = move(globex, stage(sales, "Won"));
        DealParties buyer = parties.get("Globex");
        if (buyer != null) {
            step("the ERP confirms the first order of \"" + buyer.company().profile().displayName() + "\"");
            crm.contacts().orderConfirmed(buyer.company().id());
        }
        out.println();
        return new Outcome(crm.pipelines().get(sales.id()), won, lost);
    }

    private Pipeline setUpPipeline() {
        Pipeline sales = crm.pipelines().create(
                CreatePipeline.named("Sales").describedAs("New business, from first contact to signature"));
        AddStage[] stages = {
            AddStage.to(sales.id(), "Lead").asDefault().colored("#90A4AE").withProbability(10),
            AddStage.to(sales.id(), "Qualified").colored("#42A5F5").withProbability(25),
            AddStage.to(sales.id(), "Proposal").colored("#FFA726").withProbability(50),
            AddStage.to(sales.id(), "Negotiation").colored("#AB47BC").withProbability(75),
            AddStage.to(sales.id(), "Won").asWon().colored("#2E7D32").withProbability(100),
            AddStage.to(sales.id(), "Lost").asLost().colored("#C62828").withProbability(0),
        };
        for (AddStage stage : stages) {
            sales = crm.pipelines().addStage(stage);
        }
        events.remember(sales);
        out.print(PipelinePrinter.render(sales));
        return sales;
    }

    private LostReason defineLostReasons() {
        LostReason price = crm.lostReasons().define(DefineLostReason.named("Price too high"));
        LostReason competitor = crm.lostReasons().define(DefineLostReason.named("Chose a competitor").withNote());
        events.remember(price);
        events.remember(competitor);
        out.println("Lost reasons: \"" + price.name() + "\", \"" + competitor.name() + "\" (asks for a note)");
        return competitor;
    }

    private Deal open(String title, String company, Stage stage, String amount, String currency, String assignee,
                      String due) {
        Money value = Money.of(amount, currency);
        DealParties with = company == null ? null : parties.get(company);
        step("open \"" + title + "\" in " + stage.name() + ", " + MoneyFormat.format(value) + ", for " + assignee
                + ", due " + due + (with == null ? "" : ", with " + with.describe()));
        OpenDeal command = OpenDeal.in(sales.id(), title)
                .inStage(stage.id()).worth(value).assignedTo(UserRef.of(assignee)).closingOn(LocalDate.parse(due));
        if (with != null) {
            command = command.with(with.company().id(), with.customer() == null ? null : with.customer().id());
        }
        return crm.deals().open(command);
    }

    private Deal move(Deal deal, Stage target) {
        step("move \"" + deal.terms().title() + "\" to " + target.name());
        return crm.deals().move(MoveDeal.to(deal.id(), target.id()).expectingVersion(deal.version()));
    }

    private void refuseStaleMove(Deal staleCopy, Stage target) {
        step("move \"" + staleCopy.terms().title() + "\" to " + target.name() + " from a card loaded on Tuesday");
        try {
            crm.deals().move(MoveDeal.to(staleCopy.id(), target.id()).expectingVersion(staleCopy.version()));
            throw new IllegalStateException("a move based on a stale version went through");
        } catch (ConflictException e) {
            out.println("      refused: " + e.code() + ", nothing changed and no event was published");
        }
    }

    private void step(String what) {
        clock.advance(Duration.ofMinutes(15));
        out.println(StageHistoryPrinter.WHEN.format(clock.instant().atZone(clock.getZone())) + "  " + what);
    }

    private void nextDay() {
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(1);
        clock.advance(Duration.between(clock.instant(), tomorrow.atTime(9, 0).atZone(clock.getZone()).toInstant()));
    }

    private static Stage stage(Pipeline pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no stage " + name + " in " + pipeline.name()));
    }
}
