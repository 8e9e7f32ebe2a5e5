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
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("exporting leads and importing the file")
class LeadRoundTripTest {

    @Test
    @DisplayName("into an empty tenant reproduces the same leads; again, it writes nothing to the leads it matches")
    void roundTrip() {
        qt().withExamples(40).forAll(integers().between(1, 25), longs().all()).checkAssert((count, seed) -> {
            CrmFixture fixture = CrmFixture.inMemory();
            Crm crm = fixture.crm();
            LeadImporter importer = new LeadImporter(crm, fixture.store().transactions());
            Random random = new Random(seed);
            LeadSpec.defineSettings(crm);
            long withEmail = 0;
            for (int i = 0; i < count; i++) {
                Lead lead = LeadSpec.generator(i).next(random).createIn(crm);
                withEmail += lead.details().email() == null ? 0 : 1;
            }
            List<LeadView> original = LeadView.all(crm);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            long written = new LeadExporter(crm).export(LeadFilter.allLeads(), file);
            ImportOptions options = ImportOptions.of(RecordKind.LEAD).chunkSize(1 + random.nextInt(10));

            fixture.context().switchTenant(CrmFixture.freshTenant());
            LeadSpec.defineSettings(crm);
            ImportResult emptyTenant = importer.importFrom(new ByteArrayInputStream(file.toByteArray()), options);
            List<LeadView> imported = LeadView.all(crm);
            Map<LeadId, Long> versions = versions(crm);
            ImportResult again = importer.importFrom(new ByteArrayInputStream(file.toByteArray()), options);

            assertThat(written).isEqualTo((long) count);
            assertThat(emptyTenant.isClean()).as(report(emptyTenant)).isTrue();
            assertThat(emptyTenant.counts().created()).isEqualTo((long) count);
            assertThat(imported).containsExactlyInAnyOrderElementsOf(original);
            assertThat(again.counts()).isEqualTo(new ImportCounts(count, count - withEmail, 0, withEmail, 0));
            assertThat(versions(crm)).containsAllEntriesOf(versions);
        });
    }

    private static Map<LeadId, Long> versions(Crm crm) {
        return crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(LeadQuery.MAX_PAGE)).leads()
                .stream().collect(Collectors.toMap(Lead::id, Lead::version));
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
