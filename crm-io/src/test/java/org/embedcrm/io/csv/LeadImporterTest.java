package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.embedcrm.io.csv.CsvFiles.utf8;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("importing leads from CSV")
class LeadImporterTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final LeadImporter importer = new LeadImporter(crm, fixture.store().transactions());

    private ImportResult importLeads(String... lines) {
        return importer.importFrom(utf8(lines), ImportOptions.of(RecordKind.LEAD));
    }

    private List<Lead> stored() {
        return crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(500)).leads();
    }

    private Lead withEmail(String email) {
        return crm.leads().withEmail(EmailAddress.of(email)).orElseThrow();
    }

    private LeadStatusId status(String name) {
        return crm.leadSettings().statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    private LeadSourceId source(String name) {
        return crm.leadSettings().sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    @Nested
    @DisplayName("reading the file")
    class Reading {

        @Test
        @DisplayName("every column is read, through its aliases, statuses and sources by name regardless of case")
        void everyColumn() {
            Contact referrer = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org")
                    .build());

            ImportResult result = importLeads("Subject,About,Contact Person,E-Mail,Phone Number,Company,Amount,"
                    + "Lead Source,Lead Status,Owner,Referred By,Do not call,Unsubscribed",
                    "Fleet renewal,Twelve trucks,Jane Doe,Jane@Globex.EXAMPLE,0470 12 34 56,Globex,12000.00 EUR,"
                    + "trade show,QUALIFIED,bob,ADA@example.org,yes,no");

            assertThat(result.isClean()).isTrue();
            assertThat(result.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
            Lead lead = withEmail("jane@globex.example");
            assertThat(lead.details().title()).isEqualTo("Fleet renewal");
            assertThat(lead.details().description()).isEqualTo("Twelve trucks");
            assertThat(lead.details().contactName()).isEqualTo("Jane Doe");
            assertThat(lead.details().email().value()).isEqualTo("Jane@globex.example");
            assertThat(lead.details().phone().e164()).isEqualTo("+32470123456");
            assertThat(lead.details().companyName()).isEqualTo("Globex");
            assertThat(lead.details().value()).isEqualTo(Money.of("12000", "EUR"));
            assertThat(lead.details().source()).isEqualTo(source("Trade Show"));
            assertThat(lead.status()).isEqualTo(status("Qualified"));
            assertThat(lead.assignee()).isEqualTo(UserRef.of("bob"));
            assertThat(lead.details().referent()).isEqualTo(referrer.id());
            assertThat(lead.consent().callRejected()).isTrue();
            assertThat(lead.consent().emailRejected()).isFalse();
        }

        @Test
        @DisplayName("a lead without status or assignee starts in the default status, assigned to the importing user")
        void defaults() {
            importLeads("title,status,assignee", "Fleet renewal,,");

            assertThat(stored()).singleElement().satisfies(lead -> {
                assertThat(lead.status()).isEqualTo(status("New"));
                assertThat(lead.assignee()).isEqualTo(UserRef.of("alice"));
            });
        }

        @Test
        @DisplayName("unknown columns are reported; a semicolon file with a byte order mark keeps quoted line breaks")
        void unknownColumnsSemicolonsAndLineBreaks() {
            String text = "\uFEFFtitle;email;shoe size;description\r\n"
                    + "Fleet;jane@globex.example;38;\"line one\r\nline two; still the description\"\r\n";

            ImportResult result = importer.importFrom(CsvFiles.bytes(text.getBytes(StandardCharsets.UTF_8)),
                    ImportOptions.of(RecordKind.LEAD));

            assertThat(result.unknownColumns()).containsExactly("shoe size");
            assertThat(withEmail("jane@globex.example").details().description())
                    .isEqualTo("line one\r\nline two; still the description");
        }

        @Test
        @DisplayName("a Windows-1252 file is read when asked; read as UTF-8, its rows with accents are refused")
        void windows1252() {
            Charset cp1252 = Charset.forName("windows-1252");

            ImportResult asUtf8 = importer.importFrom(CsvFiles.encoded(cp1252, "title,contact_name,email",
                    "Fleet,Jane Doe,jane@globex.example", "Flotte,Zoë Ødegård,zoe@globex.example"),
                    ImportOptions.of(RecordKind.LEAD));
            ImportResult as1252 = importer.importFrom(CsvFiles.encoded(cp1252, "title,contact_name,email",
                    "Flotte,Zoë Ødegård,zoe@globex.example"), ImportOptions.of(RecordKind.LEAD).windows1252());

            assertThat(asUtf8.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
                    .containsExactly(tuple(3L, "contact_name", "Zo? ?deg?rd", "import.encoding"));
            assertThat(as1252.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
            assertThat(withEmail("zoe@globex.example").details().contactName()).isEqualTo("Zoë Ødegård");
        }

        @Test
        @DisplayName("a file naming no lead column, or one column twice, is refused before anything is stored")
        void unusableHeader() {
            assertThatThrownBy(() -> importLeads("first_name,last_name", "Ada,Lovelace"))
                    .isInstanceOf(CrmIoException.class).hasFieldOrPropertyWithValue("code",
                            "import.header.no-known-column").hasMessageContaining("lead files");
            assertThatThrownBy(() -> importLeads("title,subject", "a,b")).isInstanceOf(CrmIoException.class)
                    .hasFieldOrPropertyWithValue("code", "import.header.duplicate");
            assertThat(stored()).isEmpty();
        }

        @Test
        @DisplayName("the template names every lead column, and an import of the template alone adds nothing")
        void template() throws Exception {
            StringWriter template = new StringWriter();
            RecordKind.LEAD.writeTemplate(template);

            assertThat(template.toString()).isEqualTo("title,description,contact_name,email,phone,company_name,"
                    + "value,source,status,assignee,referent,refuses_calls,refuses_emails\r\n");
            ImportResult result = importLeads(template.toString().strip());
            assertThat(result.isClean()).isTrue();
            assertThat(result.unknownColumns()).isEmpty();
            assertThat(result.counts().rows()).isZero();
        }

        @Test
        @DisplayName("lead options go to the lead importer only, and match by e-mail address only")
        void optionsOfTheirKind() {
            assertThatThrownBy(() -> importer.importFrom(utf8("title"), ImportOptions.of(RecordKind.PERSON)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ContactImporter(crm, fixture.store().transactions())
                    .importFrom(utf8("email"), ImportOptions.of(RecordKind.LEAD)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ImportOptions.of(RecordKind.LEAD).matchingStrongKeys())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("matching existing leads")
    class Matching {

        @Test
        @DisplayName("a row with a lead's e-mail address updates it; columns the file lacks keep their values")
        void updatesByEmail() {
            Lead fleet = crm.leads().create(LeadInput.titled("Fleet").contact("Jane", "jane@globex.example", null)
                    .company("Globex").worth(Money.of("100", "EUR"))).lead();

            ImportResult result = importLeads("email,value,company_name", "JANE@GLOBEX.example,250.00 EUR,");

            assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 1, 0, 0));
            Lead updated = crm.leads().get(fleet.id());
            assertThat(updated.details().value()).isEqualTo(Money.of("250", "EUR"));
            assertThat(updated.details().companyName()).isNull();
            assertThat(updated.details().title()).isEqualTo("Fleet");
            assertThat(updated.details().contactName()).isEqualTo("Jane");
            assertThat(stored()).hasSize(1);
        }

        @Test
        @DisplayName("a row naming another status moves the lead on the board; a converted or lost status is refused")
        void movesOnTheBoard() {
            Lead fleet = crm.leads().create(LeadInput.titled("Fleet").contact("Jane", "jane@globex.example", null))
                    .lead();

            ImportResult result = importLeads("email,status", "jane@globex.example,contacted",
                    "jane@globex.example,Converted");

            assertThat(crm.leads().get(fleet.id()).status()).isEqualTo(status("Contacted"));
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
                    .containsExactly(tuple(3L, "status", "Converted", "lead.outcome-by-command"));
        }

        @Test
        @DisplayName("importing the same file again writes nothing: no row with an e-mail address changes a version")
        void idempotent() {
            crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").build());
            String[] file = {"title,contact_name,email,phone,value,source,status,assignee,referent,refuses_calls",
                "  Fleet renewal ,Jane Doe,Jane@GLOBEX.example,0470 12 34 56,12000 EUR,website,Qualified,bob,"
                    + "ada@example.org,yes",
                "Trucks,John,john@wayne.example,,EUR 5.5,,,,,no"};
            importLeads(file);
            Map<LeadId, Long> versions = versions();

            ImportResult again = importer.importFrom(utf8(file), ImportOptions.of(RecordKind.LEAD).chunkSize(1));

            assertThat(again.counts()).isEqualTo(new ImportCounts(2, 0, 0, 2, 0));
            assertThat(versions()).isEqualTo(versions);
        }

        @Test
        @DisplayName("a row without e-mail address cannot be matched: it creates a lead every time")
        void withoutEmail() {
            importLeads("title,email", "Spare parts,");

            ImportResult again = importLeads("title,email", "Spare parts,");

            assertThat(again.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
            assertThat(stored()).hasSize(2);
        }

        private Map<LeadId, Long> versions() {
            return stored().stream().collect(Collectors.toMap(Lead::id, Lead::version));
        }

        @Test
        @DisplayName("a converted lead stays as it was: a row with its values is unchanged, one changing them refused")
        void convertedLead() {
            Lead fleet = crm.leads().create(LeadInput.titled("Fleet").contact("Jane Doe", "jane@globex.example",
                    null)).lead();
            crm.leads().convert(ConvertLead.of(fleet.id(), "Jane Doe"));

            ImportResult result = importLeads("title,email", "Fleet,jane@globex.example",
                    "Fleet renewal,jane@globex.example");

            assertThat(result.counts()).isEqualTo(new ImportCounts(2, 0, 0, 1, 1));
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::code)
                    .containsExactly(tuple(3L, "", "lead.already-converted"));
            assertThat(crm.leads().get(fleet.id()).details().title()).isEqualTo("Fleet");
        }

        @Test
        @DisplayName("two rows of one file with the same e-mail address give one lead, updated by the second")
        void sameEmailTwice() {
            ImportResult result = importLeads("title,email", "Fleet,jane@globex.example",
                    "Fleet renewal,JANE@globex.example");

            assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0));
            assertThat(stored()).singleElement().satisfies(l -> assertThat(l.details().title())
                    .isEqualTo("Fleet renewal"));
        }
    }

    @Nested
    @DisplayName("refusing rows")
    class Refusing {

        @Test
        @DisplayName("each bad cell is reported with its row, column, value and the API's code; the others are stored")
        void badCells() throws Exception {
            ImportResult result = importLeads("title,email,phone,value,source,status,referent,refuses_calls",
                    "Good,good@example.org,,,,,,",
                    ",no-mail,12,,,,,",
                    "Value,value@example.org,,-5 EUR,,,,",
                    "Money,money@example.org,,12 euros,,,,",
                    "Names,names@example.org,,,Billboard,Hot,,",
                    "Referent,referent@example.org,,,,,nobody@example.org,",
                    "Flag,flag@example.org,,,,,,maybe",
                    "Also good,also@example.org,,,,,,");

            assertThat(result.counts()).isEqualTo(new ImportCounts(8, 2, 0, 0, 6));
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
                    .containsExactlyInAnyOrder(
                            tuple(3L, "title", "", "not-blank"),
                            tuple(3L, "email", "no-mail", "contact.email.invalid"),
                            tuple(3L, "phone", "12", "contact.phone.invalid"),
                            tuple(4L, "value", "-5 EUR", "lead.value.negative"),
                            tuple(5L, "value", "12 euros", "import.money.format"),
                            tuple(6L, "source", "Billboard", "import.lead-source.unknown"),
                            tuple(6L, "status", "Hot", "import.lead-status.unknown"),
                            tuple(7L, "referent", "nobody@example.org", "import.referent.unknown"),
                            tuple(8L, "refuses_calls", "maybe", "import.flag.format"));
            StringWriter report = new StringWriter();
            result.writeErrorReport(report);
            assertThat(report.toString()).startsWith("row,column,value,code,message\r\n3,");
            assertThat(stored()).extracting(l -> l.details().title()).containsExactlyInAnyOrder("Good", "Also good");
        }

        @Test
        @DisplayName("a row the service refuses rolls back its chunk, whose other rows are then stored one by one")
        void refusalInChunk() {
            LeadSource billboard = crm.leadSettings().defineSource("Billboard");
            crm.leadSettings().setSourceActive(billboard.id(), false);

            ImportResult result = importLeads("title,email,source,referent", "One,one@example.org,,",
                    "Two,two@example.org,billboard,", "Three,three@example.org,,0190b6b2-0000-7000-8000-000000000000",
                    "Four,four@example.org,,");

            assertThat(result.counts()).isEqualTo(new ImportCounts(4, 2, 0, 0, 2));
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactly(
                    tuple(3L, "source", "lead-source.inactive"), tuple(4L, "referent", "contact.not-found"));
            assertThat(stored()).extracting(l -> l.details().title()).containsExactlyInAnyOrder("One", "Four");
        }
    }

    @Nested
    @DisplayName("chunks, dry runs and progress")
    class Chunks {

        @Test
        @DisplayName("a dry run reports what would be created, updated and rejected, and stores nothing")
        void dryRun() {
            Lead fleet = crm.leads().create(LeadInput.titled("Fleet").contact("Jane", "jane@globex.example", null))
                    .lead();

            ImportResult result = importer.importFrom(utf8("title,email,status", "Fleet renewal,jane@globex.example,",
                    "Trucks,john@wayne.example,", "Bad,bad@example.org,Hot", "Parts,,contacted"),
                    ImportOptions.of(RecordKind.LEAD).asDryRun().chunkSize(2));

            assertThat(result.dryRun()).isTrue();
            assertThat(result.counts()).isEqualTo(new ImportCounts(4, 2, 1, 0, 1));
            assertThat(stored()).extracting(Lead::id).containsExactly(fleet.id());
            assertThat(crm.leads().get(fleet.id()).version()).isEqualTo(fleet.version());
        }

        @Test
        @DisplayName("progress is reported after every chunk, each stored in its own transaction")
        void progress() {
            List<ImportCounts> reports = new ArrayList<>();
            String[] lines = new String[8];
            lines[0] = "title,email";
            for (int i = 1; i < lines.length; i++) {
                lines[i] = "Lead " + i + "," + (i == 4 ? "broken" : "l" + i + "@example.org");
            }

            importer.importFrom(utf8(lines), ImportOptions.of(RecordKind.LEAD).chunkSize(3).onProgress(reports::add));

            assertThat(reports).containsExactly(new ImportCounts(3, 3, 0, 0, 0), new ImportCounts(6, 5, 0, 0, 1),
                    new ImportCounts(7, 6, 0, 0, 1));
            assertThat(stored()).hasSize(6);
        }
    }
}
