package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.merge.MergeLeads;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("exporting leads as CSV")
class LeadExporterTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final LeadExporter exporter = new LeadExporter(crm);

    private List<CSVRecord> exported(LeadFilter filter) throws IOException {
        StringWriter out = new StringWriter();
        exporter.export(filter, out);
        return parse(out.toString());
    }

    private static List<CSVRecord> parse(String file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(file))
                .getRecords();
    }

    private LeadStatusId status(String name) {
        return crm.leadSettings().statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    private LeadSourceId source(String name) {
        return crm.leadSettings().sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    private Lead lead(String title, String email) {
        return crm.leads().create(LeadInput.titled(title).contact("Jane Doe", email, null)).lead();
    }

    @Nested
    @DisplayName("the cells")
    class Cells {

        @Test
        @DisplayName("a lead with every field set fills every column, in the form the lead import reads")
        void everyField() throws IOException {
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org")
                    .build());
            crm.leads().create(new LeadInput("Fleet renewal", "Twelve trucks,\n\"soon\"", "Jane Doe",
                    "Jane@Globex.EXAMPLE", "0470 12 34 56", "Globex", Money.of("12000", "EUR"), source("Trade Show"),
                    ada.id(), status("Qualified"), UserRef.of("bob"), true, false));

            Map<String, String> row = exported(LeadFilter.allLeads()).get(0).toMap();

            assertThat(row.keySet()).containsExactlyElementsOf(Arrays.stream(LeadColumn.values())
                    .map(LeadColumn::header).toList());
            assertThat(row).containsEntry("title", "Fleet renewal")
                    .containsEntry("description", "Twelve trucks,\n\"soon\"").containsEntry("contact_name", "Jane Doe")
                    .containsEntry("email", "Jane@globex.example").containsEntry("phone", "0470 12 34 56")
                    .containsEntry("company_name", "Globex").containsEntry("value", "12000.00 EUR")
                    .containsEntry("source", "Trade Show").containsEntry("status", "Qualified")
                    .containsEntry("assignee", "bob").containsEntry("referent", ada.id().toString())
                    .containsEntry("refuses_calls", "true").containsEntry("refuses_emails", "false");
        }

        @Test
        @DisplayName("a lead with only a title has blank cells, its status, its creator and two false flags")
        void noField() throws IOException {
            crm.leads().create(LeadInput.titled("Walk-in"));

            Map<String, String> row = exported(LeadFilter.allLeads()).get(0).toMap();

            assertThat(row).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("title", "Walk-in"),
                    Map.entry("description", ""), Map.entry("contact_name", ""), Map.entry("email", ""),
                    Map.entry("phone", ""), Map.entry("company_name", ""), Map.entry("value", ""),
                    Map.entry("source", ""), Map.entry("status", "New"), Map.entry("assignee", "alice"),
                    Map.entry("referent", ""), Map.entry("refuses_calls", "false"),
                    Map.entry("refuses_emails", "false")));
        }

        @Test
        @DisplayName("cells a spreadsheet would run as formulas start with an apostrophe")
        void formulasNeutralised() throws IOException {
            List<String> texts = List.of("=HYPERLINK(\"http://evil.example\")", "+1+1", "-2", "@SUM(A1)",
                    "'=quoted already", "'s-Hertogenbosch");
            for (String text : texts) {
                crm.leads().create(LeadInput.titled(text).company(text));
            }
            crm.leadSettings().defineSource("=Partner");
            crm.leads().create(new LeadInput("Referred", null, null, null, "+32 470 12 34 56", null, null,
                    source("=Partner"), null, null, null, false, false));

            List<CSVRecord> rows = exported(LeadFilter.allLeads());

            List<String> neutralised = List.of("'=HYPERLINK(\"http://evil.example\")", "'+1+1", "'-2", "'@SUM(A1)",
                    "''=quoted already", "'s-Hertogenbosch");
            assertThat(rows).extracting(r -> r.get("title")).containsAll(neutralised);
            assertThat(rows).extracting(r -> r.get("company_name")).containsAll(neutralised);
            assertThat(rows).filteredOn(r -> r.get("title").equals("Referred")).singleElement()
                    .satisfies(r -> assertThat(r.get("source")).isEqualTo("'=Partner"))
                    .satisfies(r -> assertThat(r.get("phone")).isEqualTo("'+32 470 12 34 56"));
        }
    }

    @Nested
    @DisplayName("pages and destinations")
    class Pages {

        @Test
        @DisplayName("all leads matching the filter are written, page after page, in the lead list's order")
        void pages() throws IOException {
            LeadSourceId referral = source("Referral");
            for (int i = 0; i < LeadExporter.PAGE * 2 + 7; i++) {
                LeadInput lead = LeadInput.titled("Lead " + i).contact("Contact " + i, "l" + i + "@example.org", null);
                crm.leads().create(i % 3 == 0 ? lead.from(referral) : lead);
            }

            List<CSVRecord> referred = exported(new LeadFilter(null, referral, null, null));
            List<CSVRecord> all = exported(LeadFilter.allLeads());

            assertThat(referred).hasSize(336).allSatisfy(r -> assertThat(r.get("source")).isEqualTo("Referral"));
            assertThat(referred.stream().map(r -> r.get("email")).distinct()).hasSize(336);
            assertThat(all).extracting(r -> r.get("title"))
                    .containsExactlyElementsOf(LeadView.all(crm).stream().map(LeadView::title).toList());
        }

        @Test
        @DisplayName("an output stream gets UTF-8 with a byte order mark; an appendable gets the characters alone")
        void streamAndAppendable() {
            crm.leads().create(LeadInput.titled("Zoë's café").contact("Zoë Ødegård", "zoe@example.org", null));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StringBuilder chars = new StringBuilder();

            long toStream = exporter.export(LeadFilter.allLeads(), bytes);
            long toAppendable = exporter.export(LeadFilter.allLeads(), chars);

            assertThat(toStream).isEqualTo(1);
            assertThat(toAppendable).isEqualTo(1);
            String header = String.join(",", Arrays.stream(LeadColumn.values()).map(LeadColumn::header).toList());
            assertThat(chars.toString()).startsWith(header + "\r\nZoë's café,,Zoë Ødegård,zoe@example.org,");
            assertThat(bytes.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + chars);
        }

        @Test
        @DisplayName("lead statuses and sources are read once per export, never per lead or per page")
        void namesReadOnce() {
            CountingStore counting = new CountingStore(new InMemoryCrmStore());
            Crm counted = CrmFixture.on(counting.store()).crm();
            LeadSourceId website = counted.leadSettings().sources().get(0).id();
            for (int i = 0; i < LeadExporter.PAGE * 2 + 7; i++) {
                counted.leads().create(LeadInput.titled("Lead " + i).from(website));
            }
            LeadExporter countedExporter = new LeadExporter(counted);
            counting.reset();
            long one = countedExporter.export(new LeadFilter(null, null, null, "Lead 1006"), new StringBuilder());
            Map<String, Integer> settingsReadForOne = settingsReads(counting);
            counting.reset();

            long all = countedExporter.export(LeadFilter.allLeads(), new StringBuilder());

            assertThat(one).isEqualTo(1);
            assertThat(all).isEqualTo(LeadExporter.PAGE * 2 + 7);
            assertThat(counting.calls("Leads.search")).isEqualTo(3);
            assertThat(settingsReads(counting)).isEqualTo(settingsReadForOne)
                    .containsEntry("LeadStatuses.find", 0).containsEntry("LeadSources.find", 0);
        }

        private Map<String, Integer> settingsReads(CountingStore counting) {
            return Map.of("LeadStatuses.all", counting.calls("LeadStatuses.all"),
                    "LeadSources.all", counting.calls("LeadSources.all"),
                    "LeadStatuses.find", counting.calls("LeadStatuses.find"),
                    "LeadSources.find", counting.calls("LeadSources.find"));
        }

        @Test
        @DisplayName("a destination that refuses to be written fails the export with export.write-failed")
        void writeFailure() {
            lead("Fleet", "jane@globex.example");
            Appendable refusing = new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) throws IOException {
                    throw new IOException("disk full");
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            OutputStream closed = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("stream closed");
                }
            };

            assertThatThrownBy(() -> exporter.export(LeadFilter.allLeads(), refusing))
                    .isInstanceOfSatisfying(CrmIoException.class, e -> {
                        assertThat(e.code()).isEqualTo("export.write-failed");
                        assertThat(e.getMessage()).contains("disk full");
                    });
            assertThatThrownBy(() -> exporter.export(LeadFilter.allLeads(), closed))
                    .isInstanceOfSatisfying(CrmIoException.class, e -> {
                        assertThat(e.code()).isEqualTo("export.write-failed");
                        assertThat(e.getMessage()).contains("stream closed");
                    });
        }
    }

    @Nested
    @DisplayName("leads in every state")
    class States {

        private Lead open;
        private Lead converted;
        private Lead lost;
        private Lead mergedAway;

        private void leadsInEveryState() {
            open = lead("Open", "open@example.org");
            converted = lead("Converted", "converted@example.org");
            lost = lead("Lost", "lost@example.org");
            mergedAway = lead("Open again", "again@example.org");
            crm.leads().convert(ConvertLead.of(converted.id(), "Jane Doe"));
            crm.leads().lose(lost.id(), crm.lostReasons().define(DefineLostReason.named("Price too high")).id(),
                    null);
            crm.leadMerges().merge(MergeLeads.of(mergedAway.id(), open.id()));
        }

        @Test
        @DisplayName("converted and lost leads are written with their status, merged-away ones not at all")
        void allLeads() throws IOException {
            leadsInEveryState();

            List<CSVRecord> rows = exported(LeadFilter.allLeads());

            assertThat(rows).extracting(r -> r.get("title"), r -> r.get("status"))
                    .containsExactlyInAnyOrder(tuple("Open", "New"), tuple("Converted", "Converted"),
                            tuple("Lost", "Lost"));
        }

        @Test
        @DisplayName("a filter on the statuses that are not final leaves converted and lost leads out")
        void openLeads() throws IOException {
            leadsInEveryState();
            Set<LeadStatusId> open = crm.leadSettings().statuses().stream().filter(s -> !s.isFinal())
                    .map(LeadStatus::id).collect(Collectors.toSet());

            List<CSVRecord> rows = exported(new LeadFilter(open, null, null, null));

            assertThat(rows).extracting(r -> r.get("title")).containsExactly("Open");
        }

        @Test
        @DisplayName("imported into the same tenant the file writes nothing; into another, converted and lost rows are"
                + " refused")
        void importedBack() {
            leadsInEveryState();
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org")
                    .build());
            LeadInput o = LeadInput.of(crm.leads().get(open.id()));
            crm.leads().update(open.id(), new LeadInput(o.title(), o.description(), o.contactName(), o.email(),
                    o.phone(), o.companyName(), o.value(), o.source(), ada.id(), null, null, false, false), null);
            Map<LeadId, Long> versions = versions();
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            exporter.export(LeadFilter.allLeads(), file);
            LeadImporter importer = new LeadImporter(crm, fixture.store().transactions());

            ImportResult same = importer.importFrom(new ByteArrayInputStream(file.toByteArray()),
                    ImportOptions.of(RecordKind.LEAD));
            Map<LeadId, Long> versionsAfter = versions();
            fixture.context().switchTenant(CrmFixture.freshTenant());
            ImportResult other = importer.importFrom(new ByteArrayInputStream(file.toByteArray()),
                    ImportOptions.of(RecordKind.LEAD));

            assertThat(same.counts()).isEqualTo(new ImportCounts(3, 0, 0, 3, 0));
            assertThat(versionsAfter).isEqualTo(versions);
            assertThat(other.errors()).extracting(RowError::column, RowError::code).containsExactlyInAnyOrder(
                    tuple("status", "lead.outcome-by-command"), tuple("status", "lead.outcome-by-command"),
                    tuple("referent", "contact.not-found"));
        }

        private Map<LeadId, Long> versions() {
            return crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads())).leads().stream()
                    .collect(Collectors.toMap(Lead::id, Lead::version));
        }
    }
}
