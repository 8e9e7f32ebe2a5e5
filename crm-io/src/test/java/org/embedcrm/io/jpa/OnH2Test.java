package org.embedcrm.io.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.Money;
import org.embedcrm.io.csv.ContactExporter;
import org.embedcrm.io.csv.ContactImporter;
import org.embedcrm.io.csv.ImportCounts;
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;
import org.embedcrm.io.csv.LeadExporter;
import org.embedcrm.io.csv.LeadImporter;
import org.embedcrm.io.csv.RecordKind;
import org.embedcrm.io.csv.RowError;
import org.embedcrm.io.settings.ActivityCategorySetting;
import org.embedcrm.io.settings.SettingsDocument;
import org.embedcrm.io.settings.SettingsTransfer;
import org.embedcrm.io.settings.TagSetting;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.embedcrm.testkit.CrmFixture;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The imports, exports and settings transfer on the JPA store, whose transactions a failed call marks for rollback. */
@DisplayName("import and export on the JPA store (H2)")
class OnH2Test {

    private static JpaCrmStore store;

    private final CrmFixture fixture = CrmFixture.on(store);
    private final Crm crm = fixture.crm();
    private final ContactImporter importer = new ContactImporter(crm, store.transactions());

    @BeforeAll
    static void openStore() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:crm-io-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = JpaCrmStore.standalone(h2);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private ImportResult importPersons(ImportOptions options, String... lines) {
        return importer.importFrom(new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n")
                .getBytes(StandardCharsets.UTF_8)), options);
    }

    private List<Contact> stored() {
        return crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).contacts();
    }

    @Test
    @DisplayName("a row the service refuses is reported, and the other rows of its chunk are stored")
    void refusedRowKeepsTheOthers() {
        Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").build());

        ImportResult result = importPersons(ImportOptions.of(RecordKind.PERSON), "id,first_name,last_name,email",
                ",Alan,Turing,alan@example.org", ada.id() + ",Ada,Lovelace,alan@example.org",
                ",Grace,Hopper,grace@example.org");

        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 2, 0, 0, 1));
        assertThat(result.errors()).extracting(RowError::code).containsExactly("contact.email-taken");
        assertThat(stored()).hasSize(3);
    }

    @Test
    @DisplayName("a dry run stores nothing, and the same file imported twice is written once")
    void dryRunAndAgain() {
        String[] file = {"first_name,last_name,email,phones", "Ada,Lovelace,ada@example.org,0470 12 34 56",
            "Alan,Turing,alan@example.org,"};

        ImportResult dry = importPersons(ImportOptions.of(RecordKind.PERSON).asDryRun(), file);
        assertThat(stored()).isEmpty();
        importPersons(ImportOptions.of(RecordKind.PERSON), file);
        List<Long> versions = stored().stream().map(Contact::version).toList();
        ImportResult again = importPersons(ImportOptions.of(RecordKind.PERSON).chunkSize(1), file);

        assertThat(dry.counts().created()).isEqualTo(2);
        assertThat(again.counts()).isEqualTo(new ImportCounts(2, 0, 0, 2, 0));
        assertThat(stored().stream().map(Contact::version).toList()).isEqualTo(versions);
    }

    @Test
    @DisplayName("leads: a refused row keeps the others of its chunk, a row finds the lead an earlier row of its chunk"
            + " created, a dry run stores nothing, and a file imported twice is written once")
    void leads() {
        LeadImporter leadImporter = new LeadImporter(crm, store.transactions());
        Lead taken = crm.leads().create(LeadInput.titled("Taken").contact("Jane", "jane@globex.example", null)).lead();
        String[] file = {"title,email,phone,value,source,status,referent",
            "Fleet,fleet@example.org,0470 12 34 56,1200.00 EUR,website,qualified,",
            "Fleet,fleet@example.org,0470 12 34 56,1200.00 EUR,Website,Qualified,",
            "Referred,referred@example.org,,,,,0190b6b2-0000-7000-8000-000000000000",
            "Taken,jane@globex.example,,,,,",
            "Trucks,trucks@example.org,,,referral,,"};

        ImportResult dry = leadImporter.importFrom(leadFile(file), ImportOptions.of(RecordKind.LEAD).asDryRun());
        assertThat(storedLeads()).containsExactly(taken.id());
        ImportResult first = leadImporter.importFrom(leadFile(file), ImportOptions.of(RecordKind.LEAD));
        Map<LeadId, Long> versions = storedLeads().stream().collect(Collectors.toMap(id -> id,
                id -> crm.leads().get(id).version()));
        ImportResult again = leadImporter.importFrom(leadFile(file), ImportOptions.of(RecordKind.LEAD).chunkSize(2));

        // the refused row makes its chunk go again row by row, each rolled back in a dry run: the second "Fleet"
        // row no longer sees the lead of the first and counts as created
        assertThat(dry.counts()).isEqualTo(new ImportCounts(5, 3, 0, 1, 1));
        assertThat(first.counts()).isEqualTo(new ImportCounts(5, 2, 0, 2, 1));
        assertThat(first.errors()).extracting(RowError::row, RowError::column, RowError::code)
                .containsExactly(tuple(4L, "referent", "contact.not-found"));
        Lead fleet = crm.leads().withEmail(EmailAddress.of("fleet@example.org")).orElseThrow();
        assertThat(fleet.details().value()).isEqualTo(Money.of("1200", "EUR"));
        assertThat(storedLeads()).hasSize(3);
        assertThat(again.counts()).isEqualTo(new ImportCounts(5, 0, 0, 4, 1));
        assertThat(storedLeads().stream().collect(Collectors.toMap(id -> id, id -> crm.leads().get(id).version())))
                .isEqualTo(versions);
    }

    private static ByteArrayInputStream leadFile(String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<LeadId> storedLeads() {
        return crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads())).leads().stream().map(Lead::id).toList();
    }

    @Test
    @DisplayName("an export imported into another tenant gives the same contacts")
    void exportImport() {
        crm.contacts().create(ContactInput.company("Acme, \"Inc\"").email("info@acme.example")
                .description("=1+1\nsecond line").build());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new ContactExporter(crm).export(ContactFilter.activeContacts(), file);

        fixture.context().switchTenant(CrmFixture.freshTenant());
        ImportResult result = importer.importFrom(new ByteArrayInputStream(file.toByteArray()),
                ImportOptions.of(RecordKind.CONTACT));

        assertThat(result.isClean()).isTrue();
        assertThat(stored()).singleElement().satisfies(c -> {
            assertThat(c.profile().displayName()).isEqualTo("Acme, \"Inc\"");
            assertThat(c.profile().description()).isEqualTo("=1+1\nsecond line");
        });
    }

    @Test
    @DisplayName("leads exported page after page from the JPA store import into another tenant as the same leads")
    void leadExportImport() {
        LeadSourceId referral = crm.leadSettings().sources().stream().filter(s -> s.name().equals("Referral"))
                .findFirst().orElseThrow().id();
        for (int i = 0; i < LeadExporter.PAGE + 3; i++) {
            crm.leads().create(LeadInput.titled(i == 0 ? "=1+1, \"quoted\"\nsecond line" : "Lead " + i)
                    .contact("Contact " + i, "lead" + i + "@example.org", i % 2 == 0 ? "0470 12 34 " + (10 + i % 90)
                            : null).worth(Money.of(i + ".5", "EUR")).from(i % 3 == 0 ? referral : null)
                    .rejecting(i % 5 == 0, i % 7 == 0));
        }
        List<List<String>> original = leadRows();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        long written = new LeadExporter(crm).export(LeadFilter.allLeads(), file);

        fixture.context().switchTenant(CrmFixture.freshTenant());
        ImportResult result = new LeadImporter(crm, store.transactions())
                .importFrom(new ByteArrayInputStream(file.toByteArray()), ImportOptions.of(RecordKind.LEAD));

        assertThat(written).isEqualTo(LeadExporter.PAGE + 3);
        assertThat(result.isClean()).isTrue();
        assertThat(result.counts().created()).isEqualTo(LeadExporter.PAGE + 3);
        assertThat(leadRows()).containsExactlyInAnyOrderElementsOf(original);
    }

    /** @return every lead of the tenant as its export cells, which name sources and statuses */
    private List<List<String>> leadRows() {
        StringBuilder out = new StringBuilder();
        new LeadExporter(crm).export(LeadFilter.allLeads(), out);
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out.toString())).getRecords().stream().map(CSVRecord::toList).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a settings import the core refuses halfway changes nothing")
    void settingsAtomic() {
        SettingsTransfer transfer = new SettingsTransfer(crm, store.transactions());
        Tag vip = crm.contactSettings().defineTag("VIP", null);
        crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").tag(vip.id()).build());
        SettingsDocument before = transfer.export();

        assertThatThrownBy(() -> transfer.apply(new SettingsDocument(SettingsDocument.FORMAT, SettingsDocument.VERSION,
                null, null, null, null, null, null, null, List.of(new TagSetting("Other", "#00FF00")), null, null,
                null)))
                .hasFieldOrPropertyWithValue("code", "tag.in-use");

        assertThat(transfer.export()).isEqualTo(before);
    }

    @Test
    @DisplayName("a row matched by VAT number updates the company; a rolled-back chunk's company is forgotten")
    void strongKeys() {
        Contact acme = crm.contacts().create(ContactInput.company("Acme").vatNumber("BE0428759497")
                .phone("+32 2 555 12 12").build());
        ImportOptions options = ImportOptions.of(RecordKind.COMPANY).matchingStrongKeys().phoneRegion("BE");

        ImportResult result = importer.importFrom(new ByteArrayInputStream(("display_name,vat_number,phones,star_rating"
                + "\r\nAcme NV,BE 0428.759.497,02 555 12 13,1\r\nGlobex,BE0403170701,02 555 00 00,"
                + "\r\nGlobex,BE0403170701,02 555 00 00,7\r\nGlobex SA,,02 555 00 00,2\r\n")
                .getBytes(StandardCharsets.UTF_8)), options);

        assertThat(result.counts()).isEqualTo(new ImportCounts(4, 1, 2, 0, 1));
        List<Contact> companies = crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts()
                .ofType(ContactType.COMPANY))).contacts();
        assertThat(companies).extracting(c -> c.profile().displayName()).containsExactlyInAnyOrder("Acme NV",
                "Globex SA");
        assertThat(crm.contacts().get(acme.id()).profile().phones()).singleElement()
                .satisfies(p -> assertThat(p.e164()).isEqualTo("+3225551213"));
    }

    @Test
    @DisplayName("the export writes the health score and PEPPOL status, and activity categories move with settings")
    void healthPeppolAndCategories() throws Exception {
        Contact acme = crm.contacts().create(ContactInput.company("Acme").vatNumber("BE0428759497")
                .email("info@acme.example").build());
        crm.einvoicing().check(acme.id());
        HealthScore health = crm.health().refresh(acme.id());
        crm.activityCategories().define("Site visit");
        StringBuilder file = new StringBuilder();
        new ContactExporter(crm).export(ContactFilter.activeContacts(), file);
        SettingsDocument settings = new SettingsTransfer(crm, store.transactions()).export();

        fixture.context().switchTenant(CrmFixture.freshTenant());
        new SettingsTransfer(crm, store.transactions()).apply(settings);

        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file.toString())).getRecords().get(0);
        assertThat(row.get("health_score")).isEqualTo(Integer.toString(health.score()));
        assertThat(row.get("health_band")).isEqualTo(health.band().name().toLowerCase(Locale.ROOT));
        assertThat(row.get("peppol_registered")).isEqualTo("false");
        assertThat(row.get("peppol_checked_at")).isEqualTo(fixture.clock().instant().toString());
        assertThat(settings.activityCategories()).containsExactly(new ActivityCategorySetting("Site visit", true));
        assertThat(crm.activityCategories().all()).extracting(c -> c.name()).containsExactly("Site visit");
    }
}
