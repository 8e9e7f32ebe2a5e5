package org.embedcrm.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.FollowUp;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.timeline.HostTimelineEntry;

/**
 * The quickstart's activities: in the week after the lead desk, alice calls a customer and asks bob to follow up,
 * plans an on-site visit with reminders, and the host's scheduler dispatches the reminders as they fall due (twice at
 * the last tick, as two nodes would, to show each is sent once), while the ERP invoices the customer. Then the
 * customer's timeline is printed: the call, the visit, the follow-up task, the ERP's invoice (from a timeline
 * contributor) and the changes recorded since the customer was created. Each step is printed before
 * it runs; the {@link EventPrinter} prints the events and the {@link NotificationPrinter} the reminders, after the
 * commit.
 */
final class ActivityDesk {

    /** The company of the customer book the desk works with: the customer won during the sales week. */
    static final String CUSTOMER = "Globex";
    /** How many timeline items the printed page holds. */
    static final int TIMELINE_PAGE = 10;

    private static final UserRef BOB = UserRef.of("bob");

    /**
     * What the desk leaves behind.
     *
     * @param call     the call logged; never null
     * @param followUp the task planned for the call's follow-up; never null
     * @param visit    the visit planned, then done; never null
     * @param timeline the first page of the customer's timeline; never null
     */
    record Outcome(Interaction call, Activity followUp, Activity visit, TimelinePage timeline) {
    }

    private final Crm crm;
    private final DemoClock clock;
    private final PrintStream out;
    private final ErpTimeline erp;
    private final Contact customer;

    /**
     * @param crm      the CRM to work in, with a {@link NotificationPrinter} registered; never null
     * @param clock    the clock the CRM reads, moved forward between steps; never null
     * @param out      where steps and the timeline are printed; never null
     * @param erp      the host's documents, registered on the CRM as a timeline contributor; never null
     * @param customer the customer called; never null
     */
    ActivityDesk(Crm crm, DemoClock clock, PrintStream out, ErpTimeline erp, Contact customer) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.out = Objects.requireNonNull(out, "out");
        this.erp = Objects.requireNonNull(erp, "erp");
        this.customer = Objects.requireNonNull(customer, "customer");
    }

    /** @return the call, the follow-up task, the visit and the timeline, after the week's work */
    Outcome play() {
        LocalDate tuesday = LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(1);
        String name = customer.profile().displayName();
        out.println("The activity desk from Tuesday (events are printed by the listener, notifications by the"
                + " notifier, after each commit):");
        ActivityCategory visits = crm.activityCategories().define("Customer visit");
        crm.activityCategories().define("Product demo");
        out.println("  activity categories: " + crm.activityCategories().all().stream().map(ActivityCategory::name)
                .collect(Collectors.joining(", ")));

        Instant followUpAt = at(tuesday.plusDays(2), 10, 0);
        stepAt(at(tuesday, 9, 0), "log a call with \"" + name + "\": \"Kick-off of the support contract\","
                + " outcome \"Wants an on-site visit\", follow-up by bob on " + when(followUpAt));
        Interaction call = crm.interactions().log(LogInteraction.call(customer.id(),
                        "Kick-off of the support contract")
                .withOutcome("Wants an on-site visit")
                .followUp(new FollowUp(followUpAt, BOB)));
        Activity followUp = crm.activities().get(call.followUpTask());
        out.println("      follow-up task \"" + followUp.subject() + "\" for " + followUp.owner().value() + ", due "
                + when(followUp.startsAt()) + ", " + reminders(followUp));
        Contact called = crm.contacts().get(customer.id());
        out.println("      " + name + ": last interaction " + called.lastInteractionAt().map(this::when).orElse("-")
                + ", next contact date " + called.nextContactDate().map(LocalDate::toString).orElse("-"));

        Instant visitStart = at(tuesday.plusDays(1), 14, 0);
        stepAt(at(tuesday, 9, 15), "plan a meeting \"On-site visit\" (" + visits.name() + ") on " + when(visitStart)
                + " for 90 minutes at \"" + name + ", Antwerp\" with bob, reminders 1 day and 15 minutes before");
        Activity visit = crm.activities().plan(PlanActivity.meeting("On-site visit", visitStart,
                        visitStart.plus(Duration.ofMinutes(90)))
                .in(visits.id(), name + ", Antwerp")
                .forContact(customer.id())
                .withAttendees(Set.of(BOB), Set.of())
                .remindBefore(Duration.ofDays(1), Duration.ofMinutes(15)));
        out.println("      " + reminders(visit));

        dispatch(at(tuesday, 14, 0), "dispatch due reminders");
        dispatch(at(tuesday.plusDays(1), 13, 45), "dispatch due reminders");
        stepAt(at(tuesday.plusDays(1), 15, 30), "mark \"" + visit.subject() + "\" done");
        visit = crm.activities().changeStatus(visit.id(), ActivityStatus.DONE);
        Instant invoiced = at(tuesday.plusDays(1), 16, 0);
        stepAt(invoiced, "the ERP sends invoice 2026-0042 to \"" + name + "\": 12,500.00 EUR");
        erp.add(new HostTimelineEntry("invoice-2026-0042", customer.id().value(), "invoice", invoiced,
                "Invoice 2026-0042 sent, 12,500.00 EUR", null,
                Map.of("number", "2026-0042", "amount", "12500.00 EUR")));
        dispatch(followUpAt, "dispatch due reminders");
        dispatch(followUpAt, "dispatch due reminders again, as a second node's scheduler would");
        out.println();

        TimelinePage timeline = crm.timeline().page(TimelineQuery.of(RecordRef.of(customer.id()))
                .limit(TIMELINE_PAGE));
        out.print(TimelinePrinter.render(name, timeline, clock.getZone()));
        return new Outcome(call, followUp, visit, timeline);
    }

    private void dispatch(Instant now, String what) {
        stepAt(now, what);
        int sent = crm.reminders().dispatchDue(now);
        out.println("      " + sent + (sent == 1 ? " reminder" : " reminders") + " sent"
                + (sent == 0 ? ": each due reminder was claimed and sent once already" : ""));
    }

    private String reminders(Activity activity) {
        List<Reminder> reminders = crm.activities().remindersOf(activity.id());
        return (reminders.size() == 1 ? "reminder at " : "reminders at ")
                + reminders.stream().map(r -> when(r.remindAt())).collect(Collectors.joining(", "));
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
    }

    private String when(Instant instant) {
        return StageHistoryPrinter.WHEN.format(instant.atZone(clock.getZone()));
    }

    private void stepAt(Instant now, String what) {
        if (now.isBefore(clock.instant())) {
            throw new IllegalStateException("the story runs forward: " + now + " is before " + clock.instant());
        }
        clock.advance(Duration.between(clock.instant(), now));
        out.println(when(now) + "  " + what);
    }
}
