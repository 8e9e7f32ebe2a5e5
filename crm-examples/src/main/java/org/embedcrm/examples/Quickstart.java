package org.embedcrm.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;

/**
 * EmbedCRM in one file's worth of wiring: an embedded H2 database, a {@link Crm} on the JPA store, a customer book,
 * a sales pipeline, a week of deals with those customers, the board printed as a text table, a filtered list of
 * customers, a morning of leads (the lead board, a lost lead and a lead converted into a customer, a company and
 * a deal), a week of activities with a customer: a call with a follow-up, a visit with reminders sent as they fall
 * due, and the customer's timeline; then the dashboard and the customer's health score, and a duplicate contact
 * found, previewed and merged. Run it with {@code mvn -q -pl crm-examples exec:java}.
 *
 * <p>The database lives in memory and the CRM's clock is scripted, so every run starts afresh and prints the same
 * output, ids aside.
 */
public final class Quickstart {

    /** The database the quickstart uses when run from the command line. */
    static final String JDBC_URL = "jdbc:h2:mem:embedcrm-quickstart;DB_CLOSE_DELAY=-1";

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:45:00Z");
    /** The second week's Friday, when the figures are read and a duplicate is found. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-03-13T09:00:00Z");

    private Quickstart() {
    }

    /** @param args none are read */
    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging, which picks SLF4J by itself only when Logback is present; without
        // this line its start-up messages would bypass simplelogger.properties and go to java.util.logging.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        run(JDBC_URL, System.out);
    }

    /**
     * Runs the quickstart on a database.
     *
     * @param jdbcUrl an H2 URL; an in-memory database needs {@code DB_CLOSE_DELAY=-1} to outlive its connections
     * @param out     where to print; never null
     */
    static void run(String jdbcUrl, PrintStream out) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(jdbcUrl);
        out.println("EmbedCRM quickstart: embedded H2, tenant acme, acting as alice");
        out.println();
        try (JpaCrmStore store = JpaCrmStore.standalone(dataSource)) {
            play(store, out);
        }
    }

    /**
     * Plays the quickstart's story on a store: the customer book, the sales week, the board, the won deal's history,
     * the customer list, the lead desk, the activity desk, the report desk and the duplicate desk.
     *
     * @param store where the records go; never null
     * @param out   where to print; never null
     */
    static void play(CrmStore store, PrintStream out) {
        DemoClock clock = DemoClock.startingAt(MONDAY_MORNING);
        EventPrinter events = new EventPrinter(out);
        ErpTimeline erp = new ErpTimeline("acme");
        ErpLedger ledger = new ErpLedger("acme");
        Crm.Builder builder = Crm.builder()
                .store(store)
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .clock(clock)
                .phoneRegion("BE")
                .listener(events)
                .notifier(new NotificationPrinter(out))
                .timelineContributor(erp);
        ledger.plugins().forEach(builder::plugin); // the health score's sources
        Crm crm = builder.build();
        CustomerBook customers = new CustomerBook(crm, events, out);
        CustomerBook.Book book = customers.fill();
        out.println();
        SalesWeek.Outcome week = new SalesWeek(crm, clock, events, out, book.dealParties()).play();
        out.print(new BoardPrinter().render(crm.deals().board(week.pipeline().id())));
        out.println();
        out.print(StageHistoryPrinter.render(week.won(), week.pipeline(),
                crm.deals().stageHistory(week.won().id()), clock.getZone()));
        out.println();
        customers.printCustomers(book);
        out.println();
        new LeadDesk(crm, clock, events, out, week.pipeline()).play();
        out.println();
        Contact customer = book.dealParties().get(ActivityDesk.CUSTOMER).company();
        new ActivityDesk(crm, clock, out, erp, customer).play();
        out.println();
        new ReportDesk(crm, clock, out, ledger, customer).play(FRIDAY_MORNING);
        out.println();
        new MergeDesk(crm, clock, events, out, book.dealParties().get("Acme Industries").customer())
                .play(FRIDAY_MORNING.plus(Duration.ofHours(1)));
    }
}
