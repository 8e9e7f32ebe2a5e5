package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("exporting contacts and importing the file")
class RoundTripTest {

    @Test
    @DisplayName("into an empty tenant reproduces the same contacts; into the same tenant writes nothing")
    void roundTrip() {
        qt().withExamples(40).forAll(integers().between(1, 25), longs().all()).checkAssert((count, seed) -> {
            CrmFixture fixture = CrmFixture.inMemory();
            Crm crm = fixture.crm();
            ContactImporter importer = new ContactImporter(crm, fixture.store().transactions());
            Random random = new Random(seed);
            ContactSpec.defineSettings(crm);
            for (int i = 0; i < count; i++) {
                ContactSpec.generator(i).next(random).createIn(crm);
            }
            List<ContactView> original = ContactView.all(crm);
            List<Long> versions = versions(crm);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            new ContactExporter(crm).export(ContactFilter.activeContacts(), file);
            ImportOptions options = ImportOptions.of(RecordKind.CONTACT).chunkSize(1 + random.nextInt(10));

            ImportResult sameTenant = importer.importFrom(new ByteArrayInputStream(file.toByteArray()), options);
            List<Long> versionsAfter = versions(crm);
            fixture.context().switchTenant(CrmFixture.freshTenant());
            ContactSpec.defineSettings(crm);
            ImportResult emptyTenant = importer.importFrom(new ByteArrayInputStream(file.toByteArray()), options);

            assertThat(sameTenant.counts()).isEqualTo(new ImportCounts(count, 0, 0, count, 0));
            assertThat(versionsAfter).isEqualTo(versions);
            assertThat(emptyTenant.isClean()).as(report(emptyTenant)).isTrue();
            assertThat(emptyTenant.counts().created()).isEqualTo((long) count);
            assertThat(ContactView.all(crm)).containsExactlyInAnyOrderElementsOf(original);
        });
    }

    private static List<Long> versions(Crm crm) {
        return crm.contacts().find(new ContactQuery(ContactFilter.activeContacts(), ContactSort.CREATED, false,
                ContactQuery.MAX_PAGE, null)).contacts().stream().map(Contact::version).toList();
    }

    private static String report(ImportResult result) {
        StringWriter out = new StringWriter();
        try {
            result.writeErrorReport(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
