package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.csv.ContactExporter;
import org.embedcrm.io.csv.ContactImporter;
import org.embedcrm.io.csv.ImportCounts;
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;
import org.embedcrm.io.csv.LeadExporter;
import org.embedcrm.io.csv.LeadImporter;
import org.embedcrm.io.csv.RecordKind;
import org.embedcrm.io.settings.SettingsDocument;
import org.embedcrm.io.settings.SettingsTransfer;
import org.embedcrm.io.settings.TimelineVisibilitySetting;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of {@code docs/import-and-export.md}, on the in-memory store. */
@DisplayName("docs/import-and-export.md")
class ImportAndExportSnippetTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final CrmStore store = fixture.store();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream console;

    @TempDir
    private Path dir;

    @BeforeEach
    void captureOutput() {
        console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(console);
    }

    @Test
    @DisplayName("importing: the dry run stores nothing, the import stores the valid row and reports the others")
    void importing() throws IOException {
        Path file = dir.resolve("persons.csv");
        Files.writeString(file, "first_name,last_name,email,star_rating\r\nAda,Lovelace,ada@example.org,2\r\n"
                + "Bad,Mail,not-an-address,1\r\nAlan,Turing,alan@example.org,7\r\n");
        Path errors = dir.resolve("errors.csv");

        ContactImporter importer = new ContactImporter(crm, store.transactions());
        ImportOptions options = ImportOptions.of(RecordKind.PERSON)
                .chunkSize(100)
                .onProgress(counts -> System.out.println(counts.rows() + " rows read"));

        ImportResult preview;
        try (InputStream in = Files.newInputStream(file)) {
            preview = importer.importFrom(in, options.asDryRun());
        }
        ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = importer.importFrom(in, options);
        }
        try (Writer report = Files.newBufferedWriter(errors)) {
            result.writeErrorReport(report);
        }

        assertThat(preview.counts()).isEqualTo(new ImportCounts(3, 1, 0, 0, 2));
        assertThat(result.counts()).isEqualTo(preview.counts());
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("3 rows read", "3 rows read");
        assertThat(Files.readAllLines(errors)).containsExactly("row,column,value,code,message",
                "3,email,not-an-address,contact.email.invalid,not a valid e-mail address: not-an-address",
                "4,star_rating,7,max,must be less than or equal to 3");
    }

    @Test
    @DisplayName("the template of persons is a header row naming every column a person file may have")
    void template() throws IOException {
        Path templateFile = dir.resolve("persons-template.csv");

        try (Writer template = Files.newBufferedWriter(templateFile)) {
            RecordKind.PERSON.writeTemplate(template);
        }

        assertThat(Files.readAllLines(templateFile)).singleElement().asString()
                .startsWith("id,display_name,first_name,last_name,emails,phones,");
    }

    @Test
    @DisplayName("importing leads: the dry run stores nothing, the import stores the valid row and counts the other")
    void importingLeads() throws IOException {
        Path leadFile = dir.resolve("leads.csv");
        Files.writeString(leadFile, "title;email;value;source;status\r\n"
                + "Fleet renewal;jane@globex.example;12000.00 EUR;Trade Show;Qualified\r\nBad;not-an-address;;;\r\n");

        LeadImporter leadImporter = new LeadImporter(crm, store.transactions());
        ImportOptions leadOptions = ImportOptions.of(RecordKind.LEAD).delimiter(';');

        ImportResult leadPreview;
        try (InputStream in = Files.newInputStream(leadFile)) {
            leadPreview = leadImporter.importFrom(in, leadOptions.asDryRun());
        }
        ImportResult leads;
        try (InputStream in = Files.newInputStream(leadFile)) {
            leads = leadImporter.importFrom(in, leadOptions);
        }
        System.out.println(leads.counts().created() + " created, " + leads.counts().updated() + " updated, "
                + leads.counts().rejected() + " rejected");

        assertThat(leadPreview.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 1));
        assertThat(leads.counts()).isEqualTo(leadPreview.counts());
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("1 created, 0 updated, 1 rejected");
        assertThat(crm.leads().withEmail(EmailAddress.of("jane@globex.example"))).hasValueSatisfying(lead ->
                assertThat(lead.details().value()).isEqualTo(Money.of("12000", "EUR")));
    }

    @Test
    @DisplayName("the lead template is a header row naming every column a lead file may have")
    void leadTemplate() throws IOException {
        Path leadTemplateFile = dir.resolve("leads-template.csv");

        try (Writer template = Files.newBufferedWriter(leadTemplateFile)) {
            RecordKind.LEAD.writeTemplate(template);
        }

        assertThat(Files.readAllLines(leadTemplateFile)).containsExactly("title,description,contact_name,email,"
                + "phone,company_name,value,source,status,assignee,referent,refuses_calls,refuses_emails");
    }

    @Test
    @DisplayName("exporting the customers writes one row each, after the header")
    void exporting() throws IOException {
        crm.contacts().create(ContactInput.company("Acme").email("info@acme.example").role(ContactRole.CUSTOMER).build());
        crm.contacts().create(ContactInput.company("Globex").email("info@globex.example").build());
        Path exportFile = dir.resolve("customers.csv");

        ContactExporter exporter = new ContactExporter(crm);
        long written;
        try (OutputStream out = Files.newOutputStream(exportFile)) {
            written = exporter.export(ContactFilter.activeContacts().withRoles(Set.of(ContactRole.CUSTOMER)), out);
        }

        assertThat(written).isEqualTo(1);
        assertThat(Files.readAllLines(exportFile)).hasSize(2).last().asString().contains("Acme");
    }

    @Test
    @DisplayName("exporting the open leads writes one row each, after the header, and leaves converted leads out")
    void exportingLeads() throws IOException {
        crm.leads().create(LeadInput.titled("Fleet renewal").contact("Jane Doe", "jane@globex.example", null)
                .worth(Money.of("12000", "EUR")));
        Lead converted = crm.leads().create(LeadInput.titled("Printers")
                .contact("John Smith", "john@initech.example", null)).lead();
        crm.leads().convert(ConvertLead.of(converted.id(), "John Smith"));
        Path leadExportFile = dir.resolve("leads.csv");

        LeadExporter leadExporter = new LeadExporter(crm);
        Set<LeadStatusId> openStatuses = crm.leadSettings().statuses().stream()
                .filter(status -> !status.isFinal())
                .map(LeadStatus::id)
                .collect(Collectors.toSet());
        long leadsWritten;
        try (OutputStream out = Files.newOutputStream(leadExportFile)) {
            leadsWritten = leadExporter.export(new LeadFilter(openStatuses, null, null, null), out);
        }

        assertThat(leadsWritten).isEqualTo(1);
        assertThat(Files.readAllLines(leadExportFile, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFtitle,description,contact_name,email,phone,company_name,value,source,status,assignee,referent,"
                        + "refuses_calls,refuses_emails",
                "Fleet renewal,,Jane Doe,jane@globex.example,,,12000.00 EUR,,New,alice,,false,false");
    }

    @Test
    @DisplayName("settings move to another tenant, and reset gives that tenant a new tenant's settings")
    void settings() throws IOException {
        crm.contactSettings().defineTag("VIP", "#FF0000");
        Path settingsFile = dir.resolve("settings.json");
        Crm otherTenantCrm = Crm.builder().store(store)
                .context(ExecutionContext.fixed(CrmFixture.freshTenant(), UserRef.of("alice"))).build();

        SettingsTransfer settings = new SettingsTransfer(crm, store.transactions());
        try (OutputStream out = Files.newOutputStream(settingsFile)) {
            settings.exportJson(out);
        }

        SettingsTransfer other = new SettingsTransfer(otherTenantCrm, store.transactions());
        try (InputStream in = Files.newInputStream(settingsFile)) {
            other.importJson(in);
        }
        assertThat(otherTenantCrm.contactSettings().tags()).singleElement()
                .satisfies(tag -> assertThat(tag.name()).isEqualTo("VIP"));
        other.reset();

        assertThat(otherTenantCrm.contactSettings().tags()).isEmpty();
        assertThat(crm.contactSettings().tags()).hasSize(1);
    }

    @Test
    @DisplayName("a settings document whose deal timeline shows nothing is refused by the check, under its path")
    void preferencesChecked() {
        SettingsTransfer settings = new SettingsTransfer(crm, store.transactions());

        SettingsDocument hidingDeals = new SettingsDocument(SettingsDocument.FORMAT, SettingsDocument.VERSION, null, null,
                null, null, null, null, null, null, null, null, new TimelineVisibilitySetting(
                Set.of(TimelineKind.INTERACTION), Set.of(TimelineKind.STATUS_CHANGE), Set.of()));
        try {
            settings.check(hidingDeals);
        } catch (ValidationException e) {
            e.violations().forEach(v -> System.out.println(v.field() + " " + v.code()));
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("timelineVisibility.deal timeline-visibility.empty");
    }
}
