package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("exporting contacts as CSV")
class ContactExporterTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final ContactExporter exporter = new ContactExporter(crm);

    private List<CSVRecord> exported(ContactFilter filter) throws Exception {
        StringWriter out = new StringWriter();
        exporter.export(filter, out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    @DisplayName("every field is written, tags and statuses by name, groups by code, lists separated by semicolons")
    void everyField() throws Exception {
        Tag vip = crm.contactSettings().defineTag("VIP", null);
        Tag fair = crm.contactSettings().defineTag("Fair; 2026", null);
        var hot = crm.contactSettings().defineStatus("Hot", null);
        var wholesale = crm.customerGroups().define("Wholesale", "whl", null, null, 1);
        var ada = crm.contacts().create(ContactInput.company("Analytical Engines").email("info@engines.example")
                .email("sales@engines.example").phone("+32 470 12 34 56").role(ContactRole.CUSTOMER)
                .role(ContactRole.SUPPLIER).tag(vip.id()).tag(fair.id()).status(hot.id())
                .assignee(UserRef.of("bob")).starRating(2).paymentTerms(PaymentTerms.net(30))
                .creditLimit(Money.of("5000", "EUR")).vatNumber("be 0428.759.497").customerGroup(wholesale.id())
                .billingAddress(new Address("Rue Royale 1", "Brussels", null, "1000", CountryCode.of("BE")))
                .internalNotes("pays late,\n\"always\"").build());
        crm.contacts().recordConsent(ada.id(), false, true);

        Map<String, String> row = exported(ContactFilter.activeContacts()).get(0).toMap();

        assertThat(row).containsEntry("id", ada.id().toString()).containsEntry("type", "company")
                .containsEntry("display_name", "Analytical Engines")
                .containsEntry("emails", "info@engines.example; sales@engines.example")
                .containsEntry("phones", "'+32 470 12 34 56").containsEntry("roles", "customer; supplier")
                .containsEntry("tags", "Fair\\; 2026; VIP").containsEntry("status", "Hot")
                .containsEntry("assignees", "bob").containsEntry("star_rating", "2")
                .containsEntry("payment_terms", "net 30").containsEntry("credit_limit", "5000.00 EUR")
                .containsEntry("vat_number", "BE0428759497").containsEntry("customer_group", "WHL")
                .containsEntry("billing_street", "Rue Royale 1").containsEntry("billing_country", "BE")
                .containsEntry("internal_notes", "pays late,\n\"always\"")
                .containsEntry("refuses_calls", "false").containsEntry("refuses_emails", "true")
                .containsEntry("archived", "false");
        assertThat(row.keySet()).containsExactlyElementsOf(java.util.Arrays.stream(ContactColumn.values())
                .map(ContactColumn::header).toList());
    }

    @Test
    @DisplayName("cells a spreadsheet would run as formulas start with an apostrophe")
    void formulasNeutralised() throws Exception {
        for (String text : List.of("=HYPERLINK(\"http://evil.example\")", "+1+1", "-2", "@SUM(A1)", "\tindented",
                "\rreturn", "'=quoted already", "'s-Hertogenbosch")) {
            crm.contacts().create(ContactInput.company("C" + text.hashCode()).email(Math.abs(text.hashCode())
                    + "@example.org").industry("x").description(text).build());
        }

        List<String> descriptions = exported(ContactFilter.activeContacts()).stream()
                .map(r -> r.get("description")).toList();

        assertThat(descriptions).containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil.example\")", "'+1+1", "'-2",
                "'@SUM(A1)", "indented", "return", "''=quoted already", "'s-Hertogenbosch");
    }

    @Test
    @DisplayName("all contacts matching the filter are written, page after page, and no others")
    void pages() throws Exception {
        for (int i = 0; i < ContactExporter.PAGE * 2 + 7; i++) {
            crm.contacts().create((i % 3 == 0 ? ContactInput.company("Firm " + i) : ContactInput.person("P", "N" + i))
                    .email("c" + i + "@example.org").build());
        }

        List<CSVRecord> companies = exported(ContactFilter.activeContacts().ofType(ContactType.COMPANY));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long all = exporter.export(ContactFilter.activeContacts(), bytes);

        assertThat(companies).hasSize(336).allSatisfy(r -> assertThat(r.get("type")).isEqualTo("company"));
        assertThat(companies.stream().map(r -> r.get("id")).distinct()).hasSize(336);
        assertThat(all).isEqualTo(ContactExporter.PAGE * 2 + 7);
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).startsWith("\uFEFFid,type,");
    }

    @Test
    @DisplayName("the health score and PEPPOL status are written for the contacts that have them, blank for others")
    void healthAndPeppol() throws Exception {
        Contact acme = crm.contacts().create(ContactInput.company("Acme").email("info@acme.example")
                .vatNumber("BE0428759497").role(ContactRole.CUSTOMER).build());
        Contact globex = crm.contacts().create(ContactInput.company("Globex").email("info@globex.example")
                .vatNumber("BE0403170701").build());
        crm.contacts().create(ContactInput.company("Initech").email("info@initech.example").build());
        fixture.peppol().register("9925:BE0428759497", List.of(DocumentType.parse("busdox-docid-qns::urn:oasis:"
                + "names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant"
                + "#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1")));
        crm.einvoicing().check(acme.id());
        crm.einvoicing().check(globex.id());
        HealthScore health = crm.health().refresh(acme.id());

        Map<String, Map<String, String>> rows = new java.util.HashMap<>();
        exported(ContactFilter.activeContacts()).forEach(r -> rows.put(r.get("display_name"), r.toMap()));

        assertThat(rows.get("Acme")).containsEntry("health_score", Integer.toString(health.score()))
                .containsEntry("health_band", health.band().name().toLowerCase(Locale.ROOT))
                .containsEntry("peppol_registered", "true")
                .containsEntry("peppol_checked_at", fixture.clock().instant().toString());
        assertThat(rows.get("Globex")).containsEntry("health_score", "").containsEntry("health_band", "")
                .containsEntry("peppol_registered", "false")
                .containsEntry("peppol_checked_at", fixture.clock().instant().toString());
        assertThat(rows.get("Initech")).containsEntry("health_score", "").containsEntry("peppol_registered", "")
                .containsEntry("peppol_checked_at", "");
    }

    @Test
    @DisplayName("scores and PEPPOL statuses are read once per page of contacts, never per contact")
    void lookedUpPerPage() {
        CountingStore counting = new CountingStore(new InMemoryCrmStore());
        Crm counted = CrmFixture.on(counting.store()).crm();
        for (int i = 0; i < ContactExporter.PAGE * 2 + 7; i++) {
            counted.contacts().create(ContactInput.person("P", "N" + i).email("c" + i + "@example.org").build());
        }
        counting.reset();

        long written = new ContactExporter(counted).export(ContactFilter.activeContacts(), new StringBuilder());

        assertThat(written).isEqualTo(ContactExporter.PAGE * 2 + 7);
        assertThat(counting.calls("Contacts.search")).isEqualTo(3);
        assertThat(counting.calls("HealthScores.findAll")).isEqualTo(3);
        assertThat(counting.calls("PeppolStatuses.findAll")).isEqualTo(3);
        assertThat(counting.calls("HealthScores.find")).isZero();
        assertThat(counting.calls("PeppolStatuses.find")).isZero();
    }

    @Test
    @DisplayName("an export with scores and statuses imports back without unknown columns; those cells are not read")
    void readOnlyColumnsIgnored() {
        Contact acme = crm.contacts().create(ContactInput.company("Acme").email("info@acme.example")
                .vatNumber("BE0428759497").role(ContactRole.CUSTOMER).build());
        crm.einvoicing().check(acme.id());
        crm.health().refresh(acme.id());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        exporter.export(ContactFilter.activeContacts(), file);

        fixture.context().switchTenant(CrmFixture.freshTenant());
        ImportResult result = new ContactImporter(crm, fixture.store().transactions())
                .importFrom(new ByteArrayInputStream(file.toByteArray()), ImportOptions.of(RecordKind.CONTACT));
        ImportResult edited = new ContactImporter(crm, fixture.store().transactions()).importFrom(CsvFiles.utf8(
                "display_name,email,Health,health band,PEPPOL,peppol_checked_at",
                "Acme,info@acme.example,3,at_risk,maybe,yesterday"), ImportOptions.of(RecordKind.COMPANY));

        assertThat(result.isClean()).isTrue();
        assertThat(result.unknownColumns()).isEmpty();
        assertThat(edited.isClean()).isTrue();
        assertThat(edited.unknownColumns()).isEmpty();
        assertThat(edited.counts().unchanged()).isEqualTo(1);
        Contact imported = crm.contacts().activeWithEmail(org.embedcrm.core.party.EmailAddress.of("info@acme.example"))
                .orElseThrow();
        assertThat(crm.health().score(imported.id())).isEmpty();
        assertThat(crm.einvoicing().status(imported.id())).isEmpty();
    }
}
