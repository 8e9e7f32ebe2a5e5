package org.embedcrm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateSweep;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times {@code crm.duplicates().sweep(...)} over a large tenant stored in the database, and measures the heap it
 * needs: seeds persons with planted duplicates with JDBC batches ({@link DuplicateSeeder}), then runs one sweep over all
 * active contacts with {@link DuplicateCriteria#persons()} (phone region BE) while {@link LiveHeap} watches the heap
 * after each garbage collection; the sweep hands each pair found to a check against the planted ones and keeps none.
 * Prints the time, the pairs and clusters found, how many planted duplicates were among them, and the peak live heap
 * against the maximum heap. Run it with a small heap ({@code -Xmx512m}) to see that the search does not hold the
 * tenant in memory. Deletes the tenant's rows afterwards.
 *
 * <p>Run it with {@code MAVEN_OPTS=-Xmx512m mvn -q -pl crm-bench exec:java
 * -Dexec.mainClass=org.embedcrm.bench.DuplicateSearchTiming}. Arguments, all optional: the number of contacts
 * (1000000), a JDBC URL of PostgreSQL ({@value #DEFAULT_URL}, a database of its own since the store migrates it) or
 * of an H2 file ({@code jdbc:h2:file:/tmp/embedcrm-dup}), and the PostgreSQL user ({@code postgres}, no password).
 */
public final class DuplicateSearchTiming {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/embedcrm_bench_dup";

    private DuplicateSearchTiming() {
    }

    /** @param args [count [jdbcUrl [user]]] */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1] : DEFAULT_URL;
        String user = args.length > 2 ? args[2] : "postgres";
        DataSource dataSource = dataSource(url, user);
        TenantId tenant = TenantId.of("bench-" + UUID.randomUUID());
        UserRef bench = UserRef.of("bench");
        JpaCrmStore.migrate(dataSource);
        try (JpaCrmStore store = JpaCrmStore.builder(dataSource).migrate(false).build()) {
            Crm crm = Crm.builder().store(store).context(ExecutionContext.fixed(tenant, bench))
                    .discoverPlugins(false).build();
            long start = System.nanoTime();
            List<DuplicateSeeder.Planted> planted = new DuplicateSeeder(dataSource, tenant, bench).seed(count);
            analyze(dataSource, url);
            System.out.printf("Seeded %d persons, %d of them planted copies, in %.1f s (JDBC batches) on %s.%n%n",
                    count, planted.size(), (System.nanoTime() - start) / 1e9, url);
            search(crm, planted);
        } finally {
            new ContactSeeder(dataSource, tenant, bench).deleteTenant();
        }
    }

    private static void search(Crm crm, List<DuplicateSeeder.Planted> planted) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        try (LiveHeap live = LiveHeap.watch()) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Set<Set<String>> plantedPairs = planted.stream().map(DuplicateSeeder.Planted::ids)
                    .collect(Collectors.toSet());
            LongAdder plantedFound = new LongAdder();
            DuplicateSweep sweep = crm.duplicates().sweep(ContactFilter.activeContacts(),
                    DuplicateCriteria.persons().withDefaultRegion("BE"), pair -> {
                        if (plantedPairs.contains(Set.of(pair.first().value(), pair.second().value()))) {
                            plantedFound.increment();
                        }
                    });
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

            System.out.printf("search                %10.1f s (%.1f s CPU of the calling thread)%n", seconds,
                    cpuSeconds);
            System.out.printf("pairs scored          %10d%n", sweep.comparisons());
            System.out.printf("pairs found           %10d (%d clusters)%n", sweep.pairs(), sweep.clusters().size());
            System.out.printf("planted pairs found   %10d of %d%n", plantedFound.sum(), planted.size());
            System.out.printf("heap in use before    %10.0f MB%n", before / 1e6);
            System.out.printf("peak live heap        %10.0f MB (the most in use after a collection, %d collections;"
                    + " maximum heap %.0f MB)%n", live.peak() / 1e6, live.collections(),
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static DataSource dataSource(String url, String user) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(user);
        postgres.setReWriteBatchedInserts(true);
        return postgres;
    }

    /** Refreshes PostgreSQL's statistics of the tables just filled, as autovacuum would. */
    private static void analyze(DataSource dataSource, String url) throws SQLException {
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection connection = dataSource.getConnection(); Statement analyze = connection.createStatement()) {
                analyze.execute("analyze embedcrm_contacts, embedcrm_contact_emails, embedcrm_contact_phones");
            }
        }
    }
}
