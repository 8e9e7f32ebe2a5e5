package org.embedcrm.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times the contact list's filters on PostgreSQL: seeds a fresh tenant with contacts, times five queries through
 * {@code crm.contacts().find} ({@value Timing#WARM_UPS} warm-ups, then {@value Timing#RUNS} timed runs each), prints
 * the median and fastest run and the scans of PostgreSQL's plan for each, and deletes the tenant's rows again.
 *
 * <p>Run it with {@code mvn -q -pl crm-bench exec:java -Dexec.args="100000"}. Arguments, all optional: the number of
 * contacts (100000), the JDBC URL ({@value #DEFAULT_URL}) and the user ({@code postgres}, no password).
 */
public final class ContactSearchTiming {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static final List<String> TAG_NAMES = List.of("VIP", "Newsletter", "Reseller");
    private static final String ROW = "%-40s %9s %10s %10s%n";

    private ContactSearchTiming() {
    }

    /** @param args [count [jdbcUrl [user]]] */
    public static void main(String[] args) throws Exception {
        // Hibernate logs through JBoss Logging, which picks SLF4J by itself only when Logback is present.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args.length > 1 ? args[1] : DEFAULT_URL);
        dataSource.setUser(args.length > 2 ? args[2] : "postgres");
        dataSource.setReWriteBatchedInserts(true);
        TenantId tenant = TenantId.of("bench-" + UUID.randomUUID());
        UserRef actor = UserRef.of("bench");
        try (JpaCrmStore store = JpaCrmStore.standalone(dataSource)) {
            Crm crm = Crm.builder().store(store).context(ExecutionContext.fixed(tenant, actor)).build();
            ContactSeeder seeder = new ContactSeeder(dataSource, tenant, actor);
            try {
                run(crm, dataSource, seeder, tenant.value(), count, System.out);
            } finally {
                seeder.deleteTenant();
            }
        }
    }

    private static void run(Crm crm, PGSimpleDataSource dataSource, ContactSeeder seeder, String tenant, int count,
                            PrintStream out) throws Exception {
        List<UUID> tags = TAG_NAMES.stream().map(name -> crm.contactSettings().defineTag(name, null).id().value())
                .toList();
        long start = System.nanoTime();
        String phone = seeder.seed(count, tags);
        out.printf("Seeded %d contacts for tenant %s in %.1f s (JDBC batches, then ANALYZE).%n%n", count, tenant,
                (System.nanoTime() - start) / 1e9);

        List<SearchCase> cases = List.of(
                SearchCase.firstPageByName(tenant),
                SearchCase.nameFragment(tenant, ContactSeeder.NAME_FRAGMENT),
                SearchCase.phoneDigits(tenant, phone.substring(2, 10)),
                SearchCase.tagAndCountry(tenant, tags.get(0), "BE"),
                SearchCase.ratingDescending(tenant, thirdPageByRating(crm), 3));

        out.printf(ROW, "query", "matches", "median ms", "min ms");
        Timing connect = Timing.of(() -> {
            dataSource.getConnection().close();
            return null;
        });
        out.printf(ROW, "(open a connection, no query)", "-", ms(connect.medianMs()), ms(connect.minMs()));
        for (SearchCase search : cases) {
            long total = crm.contacts().find(search.query()).total();
            Timing timing = Timing.of(() -> crm.contacts().find(search.query()));
            out.printf(ROW, search.label(), total, ms(timing.medianMs()), ms(timing.minMs()));
        }

        out.println();
        out.println("Scans in PostgreSQL's plans (EXPLAIN of the equivalent SQL):");
        try (Connection connection = dataSource.getConnection()) {
            for (SearchCase search : cases) {
                out.println(search.label());
                out.println("  count: " + String.join(", ", QueryPlans.scans(connection, search.count())));
                out.println("  page:  " + String.join(", ", QueryPlans.scans(connection, search.page())));
            }
        }
    }

    /** @return the query of the third page by rating, best first, reached by following the cursors */
    private static ContactQuery thirdPageByRating(Crm crm) {
        ContactQuery query = ContactQuery.firstPage(ContactFilter.activeContacts()).sortedBy(ContactSort.RATING, true);
        for (int page = 1; page < 3; page++) {
            query = query.after(crm.contacts().find(query).nextCursor());
        }
        return query;
    }

    private static String ms(double value) {
        return String.format("%.1f", value);
    }
}
