package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.SafeCsv;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("importing broken files")
class ImportFuzzTest {

    private static final Set<String> FILE_CODES = Set.of("import.header.missing", "import.header.duplicate",
            "import.header.no-known-column", "import.encoding", "import.csv.malformed", "import.record.too-large",
            "import.read-failed");
    private static final int RECORD_LIMIT = ImportOptions.MIN_RECORD_CHARS;

    private static byte[] validContacts;
    private static byte[] validLeads;

    @BeforeAll
    static void exportSomeContacts() {
        CrmFixture fixture = CrmFixture.inMemory();
        ContactSpec.defineSettings(fixture.crm());
        Random random = new Random(7);
        for (int i = 0; i < 12; i++) {
            ContactSpec.generator(i).next(random).createIn(fixture.crm());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContactExporter(fixture.crm()).export(ContactFilter.activeContacts(), out);
        validContacts = out.toByteArray();
    }

    @BeforeAll
    static void writeSomeLeads() throws IOException {
        List<String> titles = List.of("Fleet, \"renewal\"", "=HYPERLINK(\"x\")", "Zoë's\r\nsecond line", "Plain");
        List<String> sources = List.of("Website", "referral", "", "Trade Show");
        List<String> statuses = List.of("New", "", "contacted", "Qualified");
        StringBuilder file = new StringBuilder("\uFEFF");
        SafeCsv csv = SafeCsv.writingTo(file, ',');
        csv.row(RecordKind.LEAD.headers());
        for (int i = 0; i < 12; i++) {
            csv.row(List.of(titles.get(i % 4) + " " + i, i % 3 == 0 ? "" : "-1 first;\nsecond", "Jane Ødegård " + i,
                    i % 5 == 0 ? "" : "lead" + i + "@example.org", "+32 470 00 00 " + (10 + i), "Acme; Inc " + i,
                    i % 2 == 0 ? "" : i + "00.50 EUR", sources.get(i % 4), statuses.get(i % 4), "user-" + i % 3, "",
                    i % 2 == 0 ? "yes" : "no", i % 3 == 0 ? "1" : ""));
        }
        validLeads = file.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("random bytes, truncation, flipped bytes, stray quotes, wrong encodings and huge cells end in an error"
            + " per row or per file, never a crash, and store exactly the rows counted as created")
    void neverCrashes() {
        qt().withExamples(400).forAll(longs().all(), integers().between(0, 6)).checkAssert((seed, mutation) -> {
            Random random = new Random(seed);
            byte[] file = mutate(validContacts, mutation, random);
            CrmFixture fixture = CrmFixture.inMemory();
            Crm crm = fixture.crm();
            if (random.nextBoolean()) {
                ContactSpec.defineSettings(crm);
            }
            ImportOptions options = options(random);
            assertImported(options, () -> new ContactImporter(crm, fixture.store().transactions())
                    .importFrom(new ByteArrayInputStream(file), options), () -> stored(crm));
        });
    }

    @Test
    @DisplayName("the lead file the fuzzing breaks imports whole when unbroken, formulas, quotes and line breaks kept")
    void leadsUnbroken() {
        CrmFixture fixture = CrmFixture.inMemory();

        ImportResult result = new LeadImporter(fixture.crm(), fixture.store().transactions())
                .importFrom(new ByteArrayInputStream(validLeads), ImportOptions.of(RecordKind.LEAD));

        assertThat(result.isClean()).isTrue();
        assertThat(result.counts().created()).isEqualTo(12);
        assertThat(fixture.crm().leads().find(LeadQuery.firstPage(LeadFilter.allLeads())).leads())
                .extracting(l -> l.details().title()).contains("Fleet, \"renewal\" 0", "=HYPERLINK(\"x\") 1",
                        "Zoë's\r\nsecond line 2");
    }

    @Test
    @DisplayName("a broken lead file too ends in an error per row or per file, and stores exactly the leads counted as"
            + " created")
    void leadsNeverCrash() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 6)).checkAssert((seed, mutation) -> {
            Random random = new Random(seed);
            byte[] file = mutate(validLeads, mutation, random);
            CrmFixture fixture = CrmFixture.inMemory();
            Crm crm = fixture.crm();
            ImportOptions options = ImportOptions.of(RecordKind.LEAD).chunkSize(1 + random.nextInt(5))
                    .maxRecordChars(RECORD_LIMIT);
            ImportOptions leadOptions = random.nextBoolean() ? options : options.asDryRun();
            assertImported(leadOptions, () -> new LeadImporter(crm, fixture.store().transactions())
                    .importFrom(new ByteArrayInputStream(file), leadOptions), () -> storedLeads(crm));
        });
    }

    /**
     * Runs an import that either ends in a well-formed result, having stored exactly the records it counts as created
     * (none in a dry run), or refuses the file with one of the file codes, having stored nothing.
     */
    private static void assertImported(ImportOptions options, Supplier<ImportResult> importing, LongSupplier stored) {
        try {
            ImportResult result = importing.get();
            assertWellFormed(result);
            assertThat(stored.getAsLong()).isEqualTo(options.dryRun() ? 0 : result.counts().created());
        } catch (CrmIoException unreadable) {
            assertThat(unreadable.code()).isIn(FILE_CODES);
            assertThat(stored.getAsLong()).isZero();
        }
    }

    private static byte[] mutate(byte[] valid, int mutation, Random random) {
        return switch (mutation) {
            case 0 -> {
                byte[] noise = new byte[random.nextInt(3000)];
                random.nextBytes(noise);
                yield noise;
            }
            case 1 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case 2 -> {
                byte[] flipped = valid.clone();
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                yield flipped;
            }
            case 3 -> insert(valid, random, "\"".repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.UTF_8));
            case 4 -> new String(valid, StandardCharsets.UTF_8).getBytes(Charset.forName(
                    List.of("windows-1252", "UTF-16", "UTF-16LE", "ISO-8859-2").get(random.nextInt(4))));
            case 5 -> insert(valid, random, (random.nextBoolean() ? "\"" : "")
                    .concat("x".repeat(RECORD_LIMIT / 2 + random.nextInt(RECORD_LIMIT * 2)))
                    .getBytes(StandardCharsets.UTF_8));
            default -> insert(Arrays.copyOf(valid, random.nextInt(valid.length)), random,
                    "\"\r\n\",;\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        };
    }

    private static byte[] insert(byte[] file, Random random, byte[] inserted) {
        int at = random.nextInt(file.length + 1);
        byte[] result = new byte[file.length + inserted.length];
        System.arraycopy(file, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(file, at, result, at + inserted.length, file.length - at);
        return result;
    }

    private static ImportOptions options(Random random) {
        ImportOptions options = ImportOptions.of(RecordKind.values()[random.nextInt(3)])
                .chunkSize(1 + random.nextInt(5)).maxRecordChars(RECORD_LIMIT);
        options = random.nextBoolean() ? options : options.asDryRun();
        return random.nextBoolean() ? options : options.creatingMissingTags();
    }

    private static void assertWellFormed(ImportResult result) {
        Set<Long> rejectedRows = new HashSet<>();
        for (RowError error : result.errors()) {
            assertThat(error.code()).isNotBlank();
            assertThat(error.message()).isNotBlank();
            rejectedRows.add(error.row());
        }
        assertThat(rejectedRows).hasSize((int) result.counts().rejected());
        result.stoppedEarly().ifPresent(e -> assertThat(e.code()).isIn(FILE_CODES));
        StringWriter report = new StringWriter();
        int lines;
        try {
            result.writeErrorReport(report);
            lines = CSVFormat.DEFAULT.parse(new StringReader(report.toString())).getRecords().size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(lines).isEqualTo(1 + result.errors().size() + (result.stoppedBy() == null ? 0 : 1));
    }

    private static long storedLeads(Crm crm) {
        return crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads())).total();
    }

    private static long stored(Crm crm) {
        return crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().in(ArchiveScope.ALL)))
                .total();
    }
}
