package org.embedcrm.examples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.lead.CompanyOption;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.ConvertedLead;
import org.embedcrm.core.lead.CreatedLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadConversion;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.PossibleDuplicate;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * The quickstart's leads: on the Monday after the sales week, the team takes in three leads (one for bob, who is
 * notified), works them on the lead board, loses one and converts another into a customer, a new company and a deal
 * in the sales pipeline. Each step is printed before it runs; the {@link EventPrinter} prints the events and the
 * {@link NotificationPrinter} the notifications it caused, after its commit.
 */
final class LeadDesk {

    /** How many cards each column of the printed lead board shows. */
    static final int CARDS_PER_COLUMN = 5;

    /**
     * What the desk leaves behind.
     *
     * @param conversion what the converted lead became; never null
     * @param lost       the lead that was lost; never null
     * @param forBob     the lead created for bob; never null
     */
    record Outcome(ConvertedLead conversion, Lead lost, Lead forBob) {
    }

    private final Crm crm;
    private final DemoClock clock;
    private final EventPrinter events;
    private final PrintStream out;
    private final Pipeline sales;
    private List<LeadStatus> statuses;
    private List<LeadSource> sources;

    /**
     * @param crm    the CRM to work in, with a {@link NotificationPrinter} registered; never null
     * @param clock  the clock the CRM reads, moved forward between steps; never null
     * @param events the listener registered on the CRM, told the names of lead statuses; never null
     * @param out    where steps and tables are printed; never null
     * @param sales  the pipeline converted leads open their deal in; never null
     */
    LeadDesk(Crm crm, DemoClock clock, EventPrinter events, PrintStream out, Pipeline sales) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
        this.sales = Objects.requireNonNull(sales, "sales");
    }

    /** @return the leads converted and lost, after the morning's work */
    Outcome play() {
        nextMonday();
        out.println("The lead desk on Monday (events are printed by the listener, notifications by the notifier,"
                + " after each commit):");
        statuses = crm.leadSettings().statuses();
        statuses.forEach(events::remember);
        sources = crm.leadSettings().sources();
        out.println("  lead statuses: " + statuses.stream().map(LeadDesk::describe).collect(Collectors.joining(", ")));
        out.println("  lead sources: " + sources.stream().map(LeadSource::name).collect(Collectors.joining(", ")));

        Lead fleet = create(LeadInput.titled("Fleet renewal").contact("Jane Doe", "Jane.Doe@WAYNE.Example",
                "0470 55 66 77").company("Wayne Enterprises").worth(Money.of("20000.00", "EUR")), "Trade Show",
                "alice");
        Lead scanners = create(LeadInput.titled("Warehouse scanners").contact("Jan Peeters",
                "jan.peeters@acme.example", null).company("Acme Industries").worth(Money.of("8000.00", "EUR")),
                "Website", "bob");
        Lead coffee = create(LeadInput.titled("Office coffee machines").contact("Tom Claes", null, "09 234 56 78")
                .company("Claes & Zonen").worth(Money.of("1500.00", "EUR")), "Cold Call", "alice");
        move(fleet, "Qualified");
        scanners = move(scanners, "Contacted");
        out.println();
        out.print(LeadBoardPrinter.render(crm.leads().board(CARDS_PER_COLUMN)));
        out.println();

        LostReason price = crm.lostReasons().all().stream().filter(r -> r.name().equals("Price too high"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no lost reason \"Price too high\""));
        events.remember(price);
        step("lose \"" + coffee.details().title() + "\": " + price.name());
        Lead lost = crm.leads().lose(coffee.id(), price.id(), null);
        step("convert \"" + coffee.details().title() + "\" into customer \"Tom Claes\"");
        try {
            crm.leads().convert(ConvertLead.of(coffee.id(), "Tom Claes"));
            throw new IllegalStateException("a lost lead was converted");
        } catch (CrmException e) {
            out.println("      refused: " + e.code() + ", nothing was stored");
        }
        step("convert \"" + fleet.details().title() + "\" into customer \"Jane Doe\", new company \"Wayne Enterprises\""
                + " and a deal in \"" + sales.name() + "\" due 2026-04-30");
        ConvertedLead conversion = crm.leads().convert(ConvertLead.of(fleet.id(), "Jane Doe")
                .withCompany(CompanyOption.createNew("Wayne Enterprises"))
                .withDeal(new DealDraft(null, null, sales.id(), null, LocalDate.parse("2026-04-30"))));
        out.println();
        printConversion(conversion);
        out.println();
        printLeads();
        return new Outcome(conversion, lost, scanners);
    }

    private Lead create(LeadInput input, String source, String assignee) {
        LeadSource from = sources.stream().filter(s -> s.name().equals(source)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no lead source " + source));
        step("create lead \"" + input.title() + "\" from " + from.name() + ": " + input.contactName()
                + (input.email() == null ? "" : ", \"" + input.email() + "\"")
                + (input.phone() == null ? "" : ", \"" + input.phone() + "\"")
                + ", at " + input.companyName() + ", " + MoneyFormat.format(input.value()) + ", for " + assignee);
        CreatedLead created = crm.leads().create(input.from(from.id()).assignedTo(UserRef.of(assignee)));
        Lead lead = created.lead();
        EmailAddress email = lead.details().email();
        PhoneNumber phone = lead.details().phone();
        out.println("      stored: " + lead.details().contactName() + (email == null ? "" : ", " + email.value())
                + (phone == null ? "" : ", " + phone.e164()));
        for (PossibleDuplicate duplicate : created.possibleDuplicates()) {
            out.println("      possible duplicate: " + (duplicate.contact() != null ? "contact" : "lead") + " \""
                    + duplicate.name() + "\", same " + duplicate.matchedOn());
        }
        return lead;
    }

    private Lead move(Lead lead, String status) {
        step("move \"" + lead.details().title() + "\" to " + status + " on the lead board");
        return crm.leads().moveOnBoard(lead.id(), status(status).id());
    }

    private void printConversion(ConvertedLead conversion) {
        Contact customer = conversion.customer();
        Contact company = conversion.company();
        Deal deal = conversion.deal();
        out.println("\"" + conversion.lead().details().title() + "\" became, in one transaction:");
        out.print(new TextTable(List.of("Record", "Name", "Details"))
                .row(List.of("customer", customer.profile().displayName(), describe(customer)))
                .row(List.of("company", company.profile().displayName(), describe(company)
                        + (customer.employments().stream().anyMatch(e -> e.company().equals(company.id()))
                        ? ", " + customer.profile().displayName() + " works there" : "")))
                .row(List.of("deal", deal.terms().title(), String.join(", ", "pipeline " + sales.name(),
                        "stage " + stageName(deal), MoneyFormat.format(deal.terms().value()),
                        "for " + deal.terms().assignee().value(), "due " + deal.terms().expectedCloseDate())))
                .render());
        out.println();

        Lead stored = crm.leads().get(conversion.lead().id());
        LeadConversion record = stored.conversion().orElseThrow();
        out.println("The lead's conversion record, read back:");
        out.println("  status:        " + statusName(stored));
        out.println("  converted:     " + StageHistoryPrinter.WHEN.format(record.at().atZone(clock.getZone()))
                + " by " + record.by().value());
        out.println("  customer:      " + crm.contacts().get(record.customer()).profile().displayName());
        out.println("  company:       " + crm.contacts().get(record.company()).profile().displayName());
        Deal recorded = crm.deals().get(record.deal());
        out.println("  deal:          \"" + recorded.terms().title() + "\", stage " + stageName(recorded) + " of "
                + sales.name());
        out.println("  opportunities: " + stored.opportunities().size());
    }

    private void printLeads() {
        LeadPage page = crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads()));
        TextTable table = new TextTable(List.of("Lead", "Status", "Assignee", "Source", "Lost because"));
        for (Lead lead : page.leads()) {
            table.row(List.of(lead.details().title(), statusName(lead), lead.assignee().value(),
                    lead.details().source() == null ? "" : sources.stream()
                            .filter(s -> s.id().equals(lead.details().source())).map(LeadSource::name)
                            .findFirst().orElse("?"),
                    lead.lostReason().map(id -> crm.lostReasons().all().stream().filter(r -> r.id().equals(id))
                            .map(LostReason::name).findFirst().orElse("?")).orElse("")));
        }
        out.println("Leads, newest first: " + page.total());
        out.print(table.render());
    }

    private static String describe(Contact contact) {
        StringBuilder text = new StringBuilder(contact.type().name().toLowerCase(Locale.ROOT));
        contact.roles().forEach(role -> text.append(", ").append(role.name().toLowerCase(Locale.ROOT)));
        contact.profile().primaryEmail().ifPresent(email -> text.append(", ").append(email.value()));
        contact.profile().primaryPhone().ifPresent(phone -> text.append(", ").append(phone.e164()));
        contact.origin().ifPresent(origin -> text.append(", from ").append(origin));
        return text.toString();
    }

    private static String describe(LeadStatus status) {
        List<String> flags = new ArrayList<>();
        if (status.isDefault()) {
            flags.add("default");
        }
        if (status.isFinal()) {
            flags.add("final");
        }
        if (status.outcome() != LeadOutcome.NONE) {
            flags.add(status.outcome().name().toLowerCase(Locale.ROOT));
        }
        return status.name() + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")");
    }

    private String stageName(Deal deal) {
        return crm.pipelines().get(deal.pipeline()).stages().stream().filter(s -> s.id().equals(deal.stage()))
                .map(Stage::name).findFirst().orElse("?");
    }

    private String statusName(Lead lead) {
        return statuses.stream().filter(s -> s.id().equals(lead.status())).map(LeadStatus::name).findFirst()
                .orElse("?");
    }

    private LeadStatus status(String name) {
        return statuses.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no lead status " + name));
    }

    private void step(String what) {
        clock.advance(Duration.ofMinutes(15));
        out.println(StageHistoryPrinter.WHEN.format(clock.instant().atZone(clock.getZone())) + "  " + what);
    }

    private void nextMonday() {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), clock.getZone())
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.advance(Duration.between(clock.instant(), monday.atTime(9, 0).atZone(clock.getZone()).toInstant()));
    }
}
