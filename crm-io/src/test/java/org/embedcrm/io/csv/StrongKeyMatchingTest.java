package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.io.csv.CsvFiles.utf8;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.embedcrm.core.Crm;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("importing contacts matched by the duplicate engine's strong keys")
class StrongKeyMatchingTest {

    private final CountingStore counting = new CountingStore(new InMemoryCrmStore());
    private final CrmFixture fixture = CrmFixture.on(counting.store());
    private final Crm crm = fixture.crm();
    private final ContactImporter importer = new ContactImporter(crm, fixture.store().transactions());
    private final ImportOptions companies = ImportOptions.of(RecordKind.COMPANY).matchingStrongKeys().phoneRegion("BE");

    private List<Contact> stored(ContactType type) {
        return crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().ofType(type))
                .pageOf(ContactQuery.MAX_PAGE)).contacts();
    }

    /** A company with that VAT number and phone, or else an e-mail address: the core asks for one or the other. */
    private Contact company(String name, String vat, String phone) {
        ContactInput.Builder input = ContactInput.company(name).vatNumber(vat);
        return crm.contacts().create((phone == null ? input.email(name.replace(' ', '.') + "@example.org")
                : input.phone(phone)).build());
    }

    @Nested
    @DisplayName("a row with neither a known id nor a known e-mail address")
    class Matched {

        @Test
        @DisplayName("updates the company with its VAT number, written any way, instead of creating another")
        void byVatNumber() {
            Contact acme = company("Acme", "BE0428759497", null);

            ImportResult result = importer.importFrom(utf8("display_name,vat_number,phones,industry",
                    "ACME NV,be 0428.759.497,02 555 12 12,Rockets"), companies);

            assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 1, 0, 0));
            assertThat(stored(ContactType.COMPANY)).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo(acme.id());
                assertThat(c.profile().displayName()).isEqualTo("ACME NV");
                assertThat(c.profile().industry()).isEqualTo("Rockets");
                assertThat(c.profile().emails()).extracting(e -> e.value()).containsExactly("Acme@example.org");
            });
        }

        @Test
        @DisplayName("updates the person with its phone number, written nationally in the options' region")
        void byPhone() {
            Contact ada = crm.contacts().create(ContactInput.person("Ada", "Lovelace").phone("+32 470 12 34 56")
                    .build());

            ImportResult result = importer.importFrom(utf8("first_name,last_name,phones,email",
                    "Ada,King,0470/12.34.56,ada@example.org"),
                    ImportOptions.of(RecordKind.PERSON).matchingStrongKeys().phoneRegion("BE"));

            assertThat(result.counts().updated()).isEqualTo(1);
            assertThat(stored(ContactType.PERSON)).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo(ada.id());
                assertThat(c.profile().lastName()).isEqualTo("King");
                assertThat(c.profile().emails()).extracting(e -> e.value()).containsExactly("ada@example.org");
            });
        }

        @Test
        @DisplayName("is created as before when the options do not ask for strong keys, or not for that key")
        void notAsked() {
            company("Acme", "BE0428759497", "+32 2 555 12 12");

            importer.importFrom(utf8("display_name,vat_number,phones", "Acme,BE0428759497,+32 2 555 99 99"),
                    ImportOptions.of(RecordKind.COMPANY));
            importer.importFrom(utf8("display_name,phones", "Acme,+32 2 555 12 12"),
                    ImportOptions.of(RecordKind.COMPANY).matchingStrongKeys(MatchField.VAT_NUMBER));

            assertThat(stored(ContactType.COMPANY)).hasSize(3);
        }

        @Test
        @DisplayName("is refused when its keys belong to two different contacts")
        void ambiguous() {
            company("Acme", "BE0428759497", null);
            company("Globex", "BE0403170701", "+32 2 555 12 12");

            ImportResult result = importer.importFrom(utf8("display_name,vat_number,phones",
                    "Acme,BE0428759497,02 555 12 12"), companies);

            assertThat(result.counts().rejected()).isEqualTo(1);
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("import.match.ambiguous");
                assertThat(e.column()).isEqualTo("vat_number");
                assertThat(e.message()).contains("Acme", "Globex");
            });
            assertThat(stored(ContactType.COMPANY)).hasSize(2);
        }

        @Test
        @DisplayName("never matches a contact of the other type, nor an archived one")
        void sameTypeActiveOnly() {
            company("Acme", "BE0428759497", null);
            Contact old = company("Old", "BE0403170701", null);
            crm.contacts().archive(old.id());

            ImportResult result = importer.importFrom(utf8("type,display_name,first_name,last_name,vat_number,email",
                    "person,,Ada,Lovelace,BE0428759497,ada@example.org",
                    "company,Old again,,,BE0403170701,old@example.org"),
                    ImportOptions.of(RecordKind.CONTACT).matchingStrongKeys());

            assertThat(result.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
        }

        @Test
        @DisplayName("of a contact file without a type updates the contact of either type it matches")
        void blankType() {
            Contact acme = company("Acme", "BE0428759497", null);

            ImportResult result = importer.importFrom(utf8("type,display_name,vat_number,email",
                    ",Acme NV,BE0428759497,sales@acme.example"),
                    ImportOptions.of(RecordKind.CONTACT).matchingStrongKeys());

            assertThat(result.counts().updated()).isEqualTo(1);
            assertThat(crm.contacts().get(acme.id()).profile().displayName()).isEqualTo("Acme NV");
        }
    }

    @Nested
    @DisplayName("within one import")
    class WithinAnImport {

        @Test
        @DisplayName("the contacts are read once, a page at a time, however many rows and chunks the file has")
        void indexedOnce() {
            for (int i = 0; i < 12; i++) {
                company("Firm " + i, belgianVat(i), null);
            }
            List<String> lines = new ArrayList<>(List.of("display_name,vat_number,email"));
            for (int i = 0; i < 30; i++) {
                lines.add("Firm " + i + "," + belgianVat(i) + ",Firm." + i + "@example.org");
            }
            counting.reset();

            ImportResult result = importer.importFrom(utf8(lines.toArray(String[]::new)), companies.chunkSize(4));

            assertThat(result.counts()).isEqualTo(new ImportCounts(30, 18, 0, 12, 0));
            assertThat(counting.calls("Contacts.search")).isEqualTo(1);
        }

        @Test
        @DisplayName("a row matches the contact an earlier row created, in its chunk or an earlier one")
        void earlierRows() {
            ImportResult sameChunk = importer.importFrom(utf8("display_name,vat_number,phones,industry",
                    "Acme,BE0428759497,02 555 12 12,", "Acme,BE0428759497,02 555 12 13,Rockets"), companies);
            ImportResult nextChunk = importer.importFrom(utf8("display_name,phones,industry",
                    "Globex,02 555 12 12,", "Globex,+32 2 555 12 12,Power"), companies.chunkSize(1));

            assertThat(sameChunk.counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0));
            assertThat(nextChunk.counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0));
            assertThat(stored(ContactType.COMPANY)).extracting(c -> c.profile().industry())
                    .containsExactlyInAnyOrder("Rockets", "Power");
        }

        @Test
        @DisplayName("what a chunk rolled back or a dry run created is forgotten, so its row creates the contact again")
        void rolledBack() {
            ImportResult dry = importer.importFrom(utf8("display_name,vat_number,phones",
                    "Acme,BE0428759497,02 555 12 12", "Acme,BE0428759497,02 555 12 12"),
                    companies.chunkSize(1).asDryRun());
            ImportResult refusedInChunk = importer.importFrom(utf8("display_name,vat_number,phones,star_rating",
                    "Acme,BE0428759497,02 555 12 12,1", "Globex,BE0403170701,02 555 12 13,7"), companies);
            ImportResult again = importer.importFrom(utf8("display_name,vat_number,phones,star_rating",
                    "Acme,BE0428759497,02 555 12 12,1"), companies);

            assertThat(dry.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
            assertThat(refusedInChunk.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 1));
            assertThat(again.counts()).isEqualTo(new ImportCounts(1, 0, 0, 1, 0));
            assertThat(stored(ContactType.COMPANY)).singleElement()
                    .satisfies(c -> assertThat(c.profile().displayName()).isEqualTo("Acme"));
        }
    }

    @Test
    @DisplayName("matching keys that are no strong keys, or a region that is no country code, are refused")
    void invalidOptions() {
        assertThatThrownBy(() -> ImportOptions.of(RecordKind.PERSON).matchingStrongKeys(MatchField.LAST_NAME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportOptions.of(RecordKind.PERSON).phoneRegion("Belgium"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ImportOptions.of(RecordKind.PERSON).matchingStrongKeys().phoneRegion("be").phoneRegion())
                .isEqualTo("BE");
    }

    @Test
    @DisplayName("a file of companies without e-mail addresses imported twice, in any chunks, stores each once")
    void idempotent() {
        qt().withExamples(25).forAll(integers().between(1, 30), longs().all()).checkAssert((count, seed) -> {
            fixture.context().switchTenant(CrmFixture.freshTenant());
            Random random = new Random(seed);
            List<String> rows = new ArrayList<>();
            for (int firm = 0; firm < count; firm++) {
                rows.add("Firm " + firm + "," + belgianVat(firm) + ",02 555 " + (1000 + firm));
            }
            List<String> lines = new ArrayList<>(List.of("display_name,vat_number,phones"));
            for (int i = 0; i < count * 3 / 2; i++) {
                lines.add(rows.get(i < count ? i : random.nextInt(count)));
            }
            String[] file = lines.toArray(String[]::new);
            List<List<MatchField>> keys = List.of(List.of(MatchField.VAT_NUMBER), List.of(MatchField.PHONE),
                    List.of(MatchField.PHONE, MatchField.VAT_NUMBER));
            ImportOptions options = companies.chunkSize(1 + random.nextInt(8))
                    .matchingStrongKeys(keys.get(random.nextInt(3)).toArray(MatchField[]::new));

            ImportResult first = importer.importFrom(utf8(file), options);
            List<Long> versions = stored(ContactType.COMPANY).stream().map(Contact::version).toList();
            ImportResult second = importer.importFrom(utf8(file), options);

            long rowCount = lines.size() - 1;
            assertThat(first.counts()).isEqualTo(new ImportCounts(rowCount, count, 0, rowCount - count, 0));
            assertThat(second.counts()).isEqualTo(new ImportCounts(rowCount, 0, 0, rowCount, 0));
            assertThat(stored(ContactType.COMPANY).stream().map(Contact::version).toList()).isEqualTo(versions);
        });
    }

    /** @return a valid Belgian VAT number, different for each {@code n} */
    static String belgianVat(int n) {
        long base = 4_287_500L + n;
        return "BE" + String.format("%08d%02d", base, 97 - base % 97);
    }
}
