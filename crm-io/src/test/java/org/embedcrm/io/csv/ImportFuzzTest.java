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
import org.apache.commons.csv.CSVFormat;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.io.CrmIoException;
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

    private static byte[] valid;

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
        valid = out.toByteArray();
    }

    @Test
    @DisplayName("random bytes, truncation, flipped bytes, stray quotes, wrong encodings and huge cells end in an error"
            + " per row or per file, never a crash, and store exactly the rows counted as created")
    void neverCrashes() {
        qt().withExamples(400).forAll(longs().all(), integers().between(0, 6)).checkAssert((seed, mutation) -> {
            Random random = new Random(seed);
            byte[] file = mutate(mutation, random);
            CrmFixture fixture = CrmFixture.inMemory();
            Crm crm = fixture.crm();
            if (random.nextBoolean()) {
                ContactSpec.defineSettings(crm);
            }
            ImportOptions options = options(random);
            try {
                ImportResult result = new ContactImporter(crm, fixture.store().transactions())
                        .importFrom(new ByteArrayInputStream(file), options);
                assertWellFormed(result);
                assertThat(stored(crm)).isEqualTo(options.dryRun() ? 0 : result.counts().created());
            } catch (CrmIoException unreadable) {
                assertThat(unreadable.code()).isIn(FILE_CODES);
                assertThat(stored(crm)).isZero();
            }
        });
    }

    private static byte[] mutate(int mutation, Random random) {
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

    private static long stored(Crm crm) {
        return crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().in(ArchiveScope.ALL)))
                .total();
    }
}
