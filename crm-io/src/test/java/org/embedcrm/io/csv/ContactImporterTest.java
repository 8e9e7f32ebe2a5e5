package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.io.csv.CsvFiles.utf8;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Tag;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.groups.Tuple.tuple;

@DisplayName("importing contacts from CSV")
class ContactImporterTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final ContactImporter importer = new ContactImporter(crm, fixture.store().transactions());

    private ImportResult importPersons(String... lines) {
        return importer.importFrom(utf8(lines), ImportOptions.of(RecordKind.PERSON));
    }

    private List<Contact> stored() {
        return crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().in(ArchiveScope.ALL))
                .pageOf(500)).contacts();
    }

    private Contact withEmail(String email) {
        return crm.contacts().activeWithEmail(EmailAddress.of(email)).orElseThrow();
    }

    @Nested
    @DisplayName("reading the file")
    class Reading {

        @Test
        @DisplayName("headers match regardless of case, spaces and underscores, and through their aliases")
        void headerAliases() {
            ImportResult result = importPersons("First Name,SURNAME,E-mail,phone_number",
                    "Ada,Lovelace,ada@example.org,+32 470 12 34 56");

            assertThat(result.counts().created()).isEqualTo(1);
            Contact ada = withEmail("ada@example.org");
            assertThat(ada.profile().displayName()).isEqualTo("Ada Lovelace");
            assertThat(ada.profile().phones()).singleElement().satisfies(p -> assertThat(p.e164())
                    .isEqualTo("+32470123456"));
        }

        @Test
        @DisplayName("unknown columns are reported and their cells left alone")
        void unknownColumns() {
            ImportResult result = importPersons("first_name,last_name,email,shoe size,",
                    "Ada,Lovelace,ada@example.org,38,");

            assertThat(result.unknownColumns()).containsExactly("shoe size", "(column 5 has no header)");
            assertThat(result.counts().created()).isEqualTo(1);
        }

        @Test
        @DisplayName("a semicolon-separated file is recognised from its header")
        void semicolons() {
            ImportResult result = importPersons("first_name;last_name;email;description",
                    "Ada;Lovelace;ada@example.org;\"counts, computes; writes\"");

            assertThat(result.isClean()).isTrue();
            assertThat(withEmail("ada@example.org").profile().description()).isEqualTo("counts, computes; writes");
        }

        @Test
        @DisplayName("a UTF-8 byte order mark is skipped, and quoted cells keep their line breaks")
        void bomAndLineBreaks() {
            String text = "\uFEFFfirst_name,last_name,email,internal_notes\r\n"
                    + "Zoë,Ødegård,zoe@example.org,\"line one\r\nline two\"\r\n";

            ImportResult result = importer.importFrom(CsvFiles.bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    ImportOptions.of(RecordKind.PERSON));

            assertThat(result.isClean()).isTrue();
            Contact zoe = withEmail("zoe@example.org");
            assertThat(zoe.profile().displayName()).isEqualTo("Zoë Ødegård");
            assertThat(zoe.internalNotes()).contains("line one\r\nline two");
        }

        @Test
        @DisplayName("a Windows-1252 file is read when asked; read as UTF-8, its rows with accents are refused")
        void windows1252() {
            Charset cp1252 = Charset.forName("windows-1252");

            ImportResult asUtf8 = importer.importFrom(CsvFiles.encoded(cp1252, "first_name,last_name,email",
                    "Ada,Lovelace,ada@example.org", "Zoë,Ødegård,zoe@example.org"), ImportOptions.of(RecordKind.PERSON));
            ImportResult as1252 = importer.importFrom(CsvFiles.encoded(cp1252, "first_name,last_name,email",
                    "Zoë,Ødegård,zoe@example.org"), ImportOptions.of(RecordKind.PERSON).windows1252());

            assertThat(asUtf8.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
                    .containsExactly(tuple(3L, "first_name", "Zo?", "import.encoding"),
                            tuple(3L, "last_name", "?deg?rd", "import.encoding"));
            assertThat(asUtf8.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 1));
            assertThat(as1252.isClean()).isTrue();
            assertThat(withEmail("zoe@example.org").profile().lastName()).isEqualTo("Ødegård");
        }

        @Test
        @DisplayName("a file without header, or with two headers for one column, is refused before anything is stored")
        void unusableHeader() {
            assertThatThrownBy(() -> importPersons("")).isInstanceOf(CrmIoException.class)
                    .hasFieldOrPropertyWithValue("code", "import.header.missing");
            assertThatThrownBy(() -> importPersons("email,e-mail", "a@example.org,b@example.org"))
                    .isInstanceOf(CrmIoException.class).hasFieldOrPropertyWithValue("code", "import.header.duplicate");
            assertThatThrownBy(() -> importPersons("foo,bar", "1,2")).isInstanceOf(CrmIoException.class)
                    .hasFieldOrPropertyWithValue("code", "import.header.no-known-column");
            assertThat(stored()).isEmpty();
        }
    }

    @Nested
    @DisplayName("reading a broken file")
    class Broken {

        @Test
        @DisplayName("a quote left open stops reading at its row; the rows before it are stored")
        void openQuote() {
            ImportResult result = importPersons("first_name,last_name,email", "Ada,Lovelace,ada@example.org",
                    "\"Alan,Turing,alan@example.org", "Grace,Hopper,grace@example.org");

            assertThat(result.stoppedEarly()).hasValueSatisfying(e -> {
                assertThat(e.code()).isEqualTo("import.csv.malformed");
                assertThat(e.row()).hasValue(3);
            });
            assertThat(result.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
            assertThat(stored()).extracting(c -> c.profile().displayName()).containsExactly("Ada Lovelace");
        }

        @Test
        @DisplayName("text after a closing quote stops reading with the same code")
        void textAfterQuote() {
            ImportResult result = importPersons("first_name,last_name,email", "\"Ada\"x,Lovelace,ada@example.org");

            assertThat(result.stoppedEarly()).map(CrmIoException::code).hasValue("import.csv.malformed");
            assertThat(stored()).isEmpty();
        }

        @Test
        @DisplayName("a row longer than the limit stops reading instead of filling the memory")
        void hugeRow() {
            ImportResult result = importer.importFrom(utf8("first_name,last_name,email,description",
                    "Ada,Lovelace,ada@example.org,short", "Alan,Turing,alan@example.org," + "x".repeat(200_000),
                    "Grace,Hopper,grace@example.org,short"), ImportOptions.of(RecordKind.PERSON).maxRecordChars(65_536));

            assertThat(result.stoppedEarly()).hasValueSatisfying(e -> {
                assertThat(e.code()).isEqualTo("import.record.too-large");
                assertThat(e.row()).hasValue(3);
            });
            assertThat(result.counts().created()).isEqualTo(1);
        }

        @Test
        @DisplayName("a cell longer than its field allows refuses only its row")
        void longCell() {
            ImportResult result = importPersons("first_name,last_name,email,description",
                    "Ada,Lovelace,ada@example.org," + "x".repeat(4001), "Alan,Turing,alan@example.org,short");

            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::code)
                    .containsExactly(tuple(2L, "description", "size"));
            assertThat(result.errors().get(0).value()).hasSize(RowError.MAX_VALUE).endsWith("…");
            assertThat(result.counts().created()).isEqualTo(1);
        }

        @Test
        @DisplayName("a UTF-16 file is refused before anything is stored")
        void utf16() {
            assertThatThrownBy(() -> importer.importFrom(CsvFiles.encoded(java.nio.charset.StandardCharsets.UTF_16,
                    "first_name,last_name,email", "Ada,Lovelace,ada@example.org"), ImportOptions.of(RecordKind.PERSON)))
                    .isInstanceOf(CrmIoException.class).hasFieldOrPropertyWithValue("code", "import.encoding");
            assertThat(stored()).isEmpty();
        }
    }

    @Nested
    @DisplayName("matching existing contacts")
    class Matching {

        @Test
        @DisplayName("a row with the e-mail address of a contact updates it instead of creating a duplicate")
        void updatesByEmail() {
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace")
                    .email("ada@example.org").website("old.example.org").build());

            ImportResult result = importPersons("email,website", "ADA@example.org,new.example.org");

            assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 1, 0, 0));
            Contact updated = crm.contacts().get(ada.id());
            assertThat(updated.profile().website()).isEqualTo("new.example.org");
            assertThat(updated.profile().firstName()).isEqualTo("Ada");
            assertThat(stored()).hasSize(1);
        }

        @Test
        @DisplayName("a row with a contact's id updates it, even without e-mail; an id of elsewhere creates a contact")
        void updatesById() {
            Contact shop = crm.contacts().create(ContactInput.company("Corner Shop").phone("+32 2 500 00 01").build());

            ImportResult result = importer.importFrom(utf8("id,display_name,phones",
                    shop.id() + ",Corner Shop Ltd,+32 2 500 00 01",
                    "0190b6b2-0000-7000-8000-000000000000,Other Shop,+32 2 500 00 02", "not-a-uuid,Third,+32 2 500 00 03"),
                    ImportOptions.of(RecordKind.COMPANY));

            assertThat(result.counts()).isEqualTo(new ImportCounts(3, 1, 1, 0, 1));
            assertThat(crm.contacts().get(shop.id()).profile().displayName()).isEqualTo("Corner Shop Ltd");
            assertThat(result.errors()).extracting(RowError::code).containsExactly("import.id.invalid");
        }

        @Test
        @DisplayName("columns the file lacks keep their values, blank cells clear theirs, and consent is recorded")
        void partialUpdate() {
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org")
                    .website("ada.example.org").industry("Computing").role(ContactRole.CUSTOMER).build());

            importPersons("email,industry,refuses_emails", "ada@example.org,,yes");

            Contact updated = crm.contacts().get(ada.id());
            assertThat(updated.profile().website()).isEqualTo("ada.example.org");
            assertThat(updated.profile().industry()).isNull();
            assertThat(updated.roles()).containsExactly(ContactRole.CUSTOMER);
            assertThat(updated.consent().emailRejected()).isTrue();
            assertThat(updated.consent().callRejected()).isFalse();
        }

        @Test
        @DisplayName("importing the same file again writes nothing: no row changes a stored contact's version")
        void idempotent() {
            String[] file = {"first_name,last_name,email,phones,roles,star_rating,country",
                "Ada,Lovelace,Ada@Example.ORG,0470 12 34 56,customer;prospect,2,be",
                "Alan,Turing,alan@example.org,,supplier,,GB"};
            importPersons(file);
            List<Long> versions = stored().stream().map(Contact::version).toList();

            ImportResult again = importPersons(file);

            assertThat(again.counts()).isEqualTo(new ImportCounts(2, 0, 0, 2, 0));
            assertThat(stored().stream().map(Contact::version).toList()).isEqualTo(versions);
        }
    }

    @Nested
    @DisplayName("kinds of records")
    class Kinds {

        @Test
        @DisplayName("a contact file tells persons from companies by its type column; a new contact needs one")
        void typeColumn() {
            ImportResult result = importer.importFrom(utf8("type,display_name,first_name,last_name,email",
                    "company,Analytical Engines,,,info@engines.example", "Person,,Ada,Lovelace,ada@example.org",
                    ",,Alan,Turing,alan@example.org", "robot,,R2,D2,r2@example.org"), ImportOptions.of(RecordKind.CONTACT));

            assertThat(withEmail("info@engines.example").type()).isEqualTo(ContactType.COMPANY);
            assertThat(withEmail("ada@example.org").type()).isEqualTo(ContactType.PERSON);
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::code)
                    .containsExactly(tuple(4L, "type", "import.type.required"), tuple(5L, "type", "import.type.unknown"));
        }

        @Test
        @DisplayName("a company file creates companies, and a row matching a person is refused")
        void companies() {
            crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").build());

            ImportResult result = importer.importFrom(utf8("company name,email,vat",
                    "Analytical Engines,info@engines.example,BE 0428.759.497", "Ada Inc,ada@example.org,"),
                    ImportOptions.of(RecordKind.COMPANY));

            assertThat(withEmail("info@engines.example").terms().vatNumber().value()).isEqualTo("BE0428759497");
            assertThat(result.errors()).extracting(RowError::row, RowError::code)
                    .containsExactly(tuple(3L, "contact.type-fixed"));
        }

        @Test
        @DisplayName("each kind's template names every column it reads, and an import of the template alone adds nothing")
        void templates() throws Exception {
            StringWriter persons = new StringWriter();
            RecordKind.PERSON.writeTemplate(persons);
            StringWriter companies = new StringWriter();
            RecordKind.COMPANY.writeTemplate(companies);

            assertThat(persons.toString()).startsWith("id,display_name,first_name,last_name,emails,phones,")
                    .doesNotContain("type").doesNotContain("created_at").endsWith("refuses_emails\r\n");
            assertThat(companies.toString()).doesNotContain("first_name");
            assertThat(RecordKind.CONTACT.columns()).contains(ContactColumn.TYPE);
            ImportResult result = importer.importFrom(utf8(persons.toString().strip()),
                    ImportOptions.of(RecordKind.PERSON));
            assertThat(result.isClean()).isTrue();
            assertThat(result.unknownColumns()).isEmpty();
            assertThat(result.counts().rows()).isZero();
        }
    }

    @Nested
    @DisplayName("chunks, dry runs and progress")
    class Chunks {

        @Test
        @DisplayName("a dry run reports what would be created, updated and rejected, and stores nothing")
        void dryRun() {
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").build());

            ImportResult result = importer.importFrom(utf8("first_name,last_name,email,tags",
                    "Ada,Byron,ada@example.org,", "Alan,Turing,alan@example.org,New tag", "Bad,Row,nope,",
                    "Alan,Turing,alan@example.org,New tag"),
                    ImportOptions.of(RecordKind.PERSON).asDryRun().chunkSize(2).creatingMissingTags());

            assertThat(result.dryRun()).isTrue();
            assertThat(result.counts()).isEqualTo(new ImportCounts(4, 2, 1, 0, 1));
            assertThat(stored()).extracting(Contact::id).containsExactly(ada.id());
            assertThat(crm.contacts().get(ada.id()).version()).isEqualTo(ada.version());
            assertThat(crm.contactSettings().tags()).isEmpty();
        }

        @Test
        @DisplayName("progress is reported after every chunk, each stored in its own transaction")
        void progress() {
            List<ImportCounts> reports = new ArrayList<>();
            String[] lines = new String[8];
            lines[0] = "first_name,last_name,email";
            for (int i = 1; i < lines.length; i++) {
                lines[i] = "P,N" + i + "," + (i == 4 ? "broken" : "p" + i + "@example.org");
            }

            importer.importFrom(utf8(lines), ImportOptions.of(RecordKind.PERSON).chunkSize(3).onProgress(reports::add));

            assertThat(reports).containsExactly(new ImportCounts(3, 3, 0, 0, 0), new ImportCounts(6, 5, 0, 0, 1),
                    new ImportCounts(7, 6, 0, 0, 1));
        }

        @Test
        @DisplayName("a listener that throws ends the import, keeping the chunks stored before")
        void listenerStops() {
            assertThatThrownBy(() -> importer.importFrom(utf8("first_name,last_name,email", "A,B,a@example.org",
                    "C,D,c@example.org"), ImportOptions.of(RecordKind.PERSON).chunkSize(1).onProgress(counts -> {
                        throw new IllegalStateException("cancelled");
                    }))).hasMessage("cancelled");
            assertThat(stored()).hasSize(1);
        }

        @Test
        @DisplayName("tags the tenant lacks are defined when asked, once")
        void missingTags() {
            Tag vip = crm.contactSettings().defineTag("VIP", null);

            ImportResult result = importer.importFrom(utf8("first_name,last_name,email,tags",
                    "Ada,Lovelace,ada@example.org,vip; Fair", "Alan,Turing,alan@example.org,FAIR"),
                    ImportOptions.of(RecordKind.PERSON).creatingMissingTags());

            assertThat(result.isClean()).isTrue();
            assertThat(crm.contactSettings().tags()).extracting(Tag::name).containsExactly("Fair", "VIP");
            assertThat(withEmail("ada@example.org").tags()).hasSize(2).contains(vip.id());
            assertThat(withEmail("alan@example.org").tags()).isEqualTo(withEmail("ada@example.org").tags().stream()
                    .filter(t -> !t.equals(vip.id())).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Nested
    @DisplayName("refusing rows")
    class Refusing {

        @Test
        @DisplayName("a bad row is reported with its row, column, value and reason, and the others are stored")
        void badRowReported() throws Exception {
            ImportResult result = importer.importFrom(utf8("first_name,last_name,email,star_rating",
                    "Ada,Lovelace,ada@example.org,1",
                    "Bad,Mail,not-an-address,2",
                    "Alan,Turing,alan@example.org,7"), ImportOptions.of(RecordKind.PERSON).chunkSize(10));

            assertThat(result.counts()).isEqualTo(new ImportCounts(3, 1, 0, 0, 2));
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
                    .containsExactly(
                            tuple(3L, "email", "not-an-address", "contact.email.invalid"),
                            tuple(4L, "star_rating", "7", "max"));
            StringWriter report = new StringWriter();
            result.writeErrorReport(report);
            assertThat(report.toString()).startsWith("row,column,value,code,message\r\n3,email,not-an-address,");
            assertThat(stored()).extracting(c -> c.profile().displayName()).containsExactly("Ada Lovelace");
        }

        @Test
        @DisplayName("a row whose e-mail addresses belong to two contacts is refused as ambiguous")
        void ambiguousMatch() {
            crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("taken@example.org").build());
            crm.contacts().create(ContactInput.person("Bob", "Builder").email("bob@example.org").build());

            ImportResult result = importer.importFrom(utf8("first_name,last_name,email",
                    "Alan,Turing,alan@example.org",
                    "Grace,Hopper,\"bob@example.org; TAKEN@example.org\"",
                    "Edsger,Dijkstra,edsger@example.org"), ImportOptions.of(RecordKind.PERSON).chunkSize(3));

            assertThat(result.counts()).isEqualTo(new ImportCounts(3, 2, 0, 0, 1));
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(3);
                assertThat(e.column()).isEqualTo("email");
                assertThat(e.code()).isEqualTo("import.match.ambiguous");
            });
            assertThat(stored()).hasSize(4);
        }

        @Test
        @DisplayName("a row the service refuses rolls back its chunk, whose other rows are then stored one by one")
        void conflictInChunk() {
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").build());

            ImportResult result = importer.importFrom(utf8("id,first_name,last_name,email",
                    ",Alan,Turing,alan@example.org",
                    ada.id() + ",Ada,Lovelace,alan@example.org",
                    ",Edsger,Dijkstra,edsger@example.org"), ImportOptions.of(RecordKind.PERSON));

            assertThat(result.counts()).isEqualTo(new ImportCounts(3, 2, 0, 0, 1));
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::code)
                    .containsExactly(tuple(3L, "email", "contact.email-taken"));
            assertThat(crm.contacts().get(ada.id()).version()).isEqualTo(ada.version());
        }

        @Test
        @DisplayName("a row with too few or too many cells, an unknown tag, status, group or role is refused")
        void unreadableCells() {
            ImportResult result = importPersons("first_name,last_name,email,tags,status,customer_group,roles",
                    "Ada,Lovelace,ada@example.org,VIP,,,",
                    "Alan,Turing,alan@example.org,,Hot,,",
                    "Grace,Hopper,grace@example.org,,,GOLD,",
                    "Edsger,Dijkstra,edsger@example.org,,,,boss",
                    "Barbara,Liskov,barbara@example.org",
                    "Donald,Knuth,don@example.org,,,,,");

            assertThat(result.counts().rejected()).isEqualTo(6);
            assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactly(
                    tuple(2L, "tags", "import.tag.unknown"), tuple(3L, "status", "import.status.unknown"),
                    tuple(4L, "customer_group", "import.customer-group.unknown"),
                    tuple(5L, "roles", "import.role.unknown"), tuple(6L, "", "import.row.cell-count"),
                    tuple(7L, "", "import.row.cell-count"));
        }
    }
}
