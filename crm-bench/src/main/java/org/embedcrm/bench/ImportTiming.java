package org.embedcrm.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.csv.ContactImporter;
import org.embedcrm.io.csv.ImportCounts;
import org.embedcrm.io.csv.ImportListener;
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;
import org.embedcrm.io.csv.LeadImporter;
import org.embedcrm.io.csv.RecordKind;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times the CSV import of generated persons into a fresh tenant through {@link ContactImporter} (the contact
 * service's rules, the e-mail match, chunks of
 * {@link ImportOptions#DEFAULT_CHUNK} rows per transaction unless told otherwise) on H2 in memory and on
 * PostgreSQL, and next to it, in the same run and on the same database, a plain JDBC batch insert of the same rows
 * into a scratch table; then the import of as many leads through {@link LeadImporter}, and of the same lead file
 * again. Prints rows per second for each.
 *
 * <p>The development server runs without autovacuum, so tables filled from empty would keep the statistics of empty
 * tables, and PostgreSQL would plan every e-mail lookup as a scan of the whole tenant; the program therefore runs
 * {@code ANALYZE} on the contact tables (and the lead table) once 1,000 and once 10,000 rows are in, as autovacuum
 * would.
 *
 * <p>The PostgreSQL database should be one of its own, since the store migrates its schema there: {@code createdb -h
 * 127.0.0.1 -U postgres embedcrm_bench_io} before, {@code dropdb} after. Run it with {@code mvn -q -pl crm-bench
 * exec:java -Dexec.mainClass=org.embedcrm.bench.ImportTiming -Dexec.args="100000"}. Arguments, all optional: the number
 * of rows (100000), the PostgreSQL JDBC URL ({@value #DEFAULT_URL}, {@code -} to skip PostgreSQL), its user
 * ({@code postgres}, no password) and the rows per chunk.
 */
public final class ImportTiming {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/embedcrm_bench_io";

    private static final String ROW = "%-12s %-34s %10s %10s%n";

    private ImportTiming() {
    }

    /** @param args [count [postgresUrl|- [user [chunk]]]] */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = args.length > 1 ? args[1] : DEFAULT_URL;
        int chunk = args.length > 3 ? Integer.parseInt(args[3]) : ImportOptions.DEFAULT_CHUNK;
        List<ImportRow> rows = ImportRow.generate(count);
        byte[] file = ImportRow.csv(rows);
        byte[] leadFile = ImportRow.leadCsv(rows);
        PrintStream out = System.out;
        out.printf("%d generated persons, a CSV file of %.1f MB, and as many leads, %.1f MB; chunks of %d rows.%n%n",
                count, file.length / 1e6, leadFile.length / 1e6, chunk);
        out.printf(ROW, "database", "what", "seconds", "rows/s");

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:io-bench;DB_CLOSE_DELAY=-1");
        run("H2 (memory)", h2, rows, file, leadFile, chunk, ImportListener::ignoring, out);
        if (!url.equals("-")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(args.length > 2 ? args[2] : "postgres");
            postgres.setReWriteBatchedInserts(true);
            run("PostgreSQL", postgres, rows, file, leadFile, chunk, () -> analyzingAt(postgres), out);
        }
    }

    /** @param statistics a new listener for each first import, keeping the planner's statistics up to date */
    private static void run(String database, DataSource dataSource, List<ImportRow> rows, byte[] file,
                            byte[] leadFile, int chunk, Supplier<ImportListener> statistics, PrintStream out)
            throws Exception {
        try (JpaCrmStore store = JpaCrmStore.standalone(dataSource)) {
            TenantId tenant = TenantId.of("bench-" + UUID.randomUUID());
            Crm crm = Crm.builder().store(store).context(ExecutionContext.fixed(tenant, UserRef.of("bench")))
                    .phoneRegion("BE").discoverPlugins(false).build();
            ContactImporter importer = new ContactImporter(crm, store.transactions());
            long start = System.nanoTime();
            ImportResult result = importer.importFrom(new ByteArrayInputStream(file),
                    ImportOptions.of(RecordKind.PERSON).chunkSize(chunk).onProgress(statistics.get()));
            long importNanos = System.nanoTime() - start;
            if (!result.isClean() || result.counts().created() != rows.size()) {
                throw new IllegalStateException("the import did not create every row: " + result.counts());
            }
            print(out, database, "CSV import (ContactImporter)", rows.size(), importNanos);
            start = System.nanoTime();
            ImportResult again = importer.importFrom(new ByteArrayInputStream(file),
                    ImportOptions.of(RecordKind.PERSON).chunkSize(chunk));
            print(out, database, "same file again (all unchanged)", again.counts().unchanged(),
                    System.nanoTime() - start);
            print(out, database, "plain JDBC batch insert", rows.size(), PlainInsert.time(dataSource, rows, chunk));
            timeLeads(database, crm, store, rows.size(), leadFile, chunk, statistics.get(), out);
        }
    }

    /** Imports the leads' file into the tenant, then again, where every row finds its lead by e-mail address. */
    private static void timeLeads(String database, Crm crm, JpaCrmStore store, int count, byte[] file, int chunk,
                                  ImportListener statistics, PrintStream out) {
        LeadImporter importer = new LeadImporter(crm, store.transactions());
        long start = System.nanoTime();
        ImportResult result = importer.importFrom(new ByteArrayInputStream(file),
                ImportOptions.of(RecordKind.LEAD).chunkSize(chunk).onProgress(statistics));
        long importNanos = System.nanoTime() - start;
        if (!result.isClean() || result.counts().created() != count) {
            throw new IllegalStateException("the lead import did not create every row: " + result.counts());
        }
        print(out, database, "CSV import of leads (LeadImporter)", count, importNanos);
        start = System.nanoTime();
        ImportResult again = importer.importFrom(new ByteArrayInputStream(file),
                ImportOptions.of(RecordKind.LEAD).chunkSize(chunk));
        print(out, database, "same lead file again (unchanged)", again.counts().unchanged(),
                System.nanoTime() - start);
    }

    /** @return a listener refreshing the planner's statistics of the contact and lead tables at 1,000 and 10,000 */
    private static ImportListener analyzingAt(DataSource dataSource) {
        long[] marks = {1_000, 10_000};
        return new ImportListener() {
            private int next;

            @Override
            public void chunkDone(ImportCounts soFar) {
                if (next < marks.length && soFar.rows() >= marks[next]) {
                    next++;
                    try (Connection connection = dataSource.getConnection();
                         Statement analyze = connection.createStatement()) {
                        analyze.execute("analyze embedcrm_contacts, embedcrm_contact_emails, embedcrm_contact_phones,"
                                + " embedcrm_leads");
                    } catch (SQLException e) {
                        throw new IllegalStateException("ANALYZE failed", e);
                    }
                }
            }
        };
    }

    private static void print(PrintStream out, String database, String what, long rows, long nanos) {
        double seconds = nanos / 1e9;
        out.printf(ROW, database, what, String.format("%.1f", seconds), String.format("%.0f", rows / seconds));
    }
}
