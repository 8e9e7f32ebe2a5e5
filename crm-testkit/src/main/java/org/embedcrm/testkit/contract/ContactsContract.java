package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactBecameCustomer;
import org.embedcrm.core.party.ContactBoardColumn;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.party.Employment;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.party.Contacts} port, exercised through the contact commands. */
public abstract class ContactsContract extends StoreContract {

    @Nested
    @DisplayName("creating contacts")
    class Creating {

        @Test
        @DisplayName("a person's display name defaults to first and last name")
        void personName() {
            Contact ada = crm().contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").build());

            assertThat(ada.type()).isEqualTo(ContactType.PERSON);
            assertThat(ada.profile().displayName()).isEqualTo("Ada Lovelace");
            assertThat(ada.profile().firstName()).isEqualTo("Ada");
        }

        @Test
        @DisplayName("a contact needs an e-mail address or a phone number")
        void needsChannel() {
            assertThatCrmError(() -> crm().contacts().create(ContactInput.company("Silent Ltd").build()))
                    .hasCode("validation.failed").reportsFields("emails");
            Contact phoneOnly = crm().contacts().create(ContactInput.company("Phone Ltd").phone("02 555 12 12").build());
            assertThat(phoneOnly.profile().phones()).hasSize(1);
        }

        @Test
        @DisplayName("e-mail domains are lower-cased and phones stored as E.164 with the raw input kept")
        void normalised() {
            Contact c = crm().contacts().create(aPerson().noEmails().email("  Ada.King@Example.ORG ")
                    .phone("0470 12 34 56").phone("+49 30 901820").build());

            assertThat(c.profile().emails()).extracting(e -> e.value()).containsExactly("Ada.King@example.org");
            assertThat(c.profile().phones()).extracting(p -> p.e164()).containsExactly("+32470123456", "+4930901820");
            assertThat(c.profile().primaryPhone()).map(p -> p.raw()).contains("0470 12 34 56");
            assertThat(crm().contacts().get(c.id()).profile()).isEqualTo(c.profile());
        }

        @Test
        @DisplayName("every invalid field is reported at once")
        void allViolations() {
            ContactInput input = ContactInput.person(" ", "Lovelace").email("not-an-address").phone("12")
                    .country("XX").vatNumber("BE0428759498").build();

            assertThatCrmError(() -> crm().contacts().create(input)).hasCode("validation.failed")
                    .reportsFields("emails[0]", "phones[0]", "country", "vatNumber", "firstName");
        }

        @Test
        @DisplayName("an e-mail address belongs to one active contact, compared regardless of case")
        void uniqueEmail() {
            Contact ada = crm().contacts().create(aPerson().noEmails().email("ada@example.org").build());

            assertThatCrmError(() -> crm().contacts().create(aPerson().noEmails().email("ADA@EXAMPLE.ORG").build()))
                    .isA(ConflictException.class).hasCode("contact.email-taken")
                    .satisfies(e -> assertThat(e.getMessage()).contains(ada.profile().displayName()));
        }

        @Test
        @DisplayName("a contact is found by any of its e-mail addresses regardless of case, an archived one not")
        void foundByEmail() {
            Contact ada = crm().contacts().create(aPerson().noEmails().email("ada@example.org").email("a@example.org")
                    .build());
            Contact old = crm().contacts().create(aPerson().noEmails().email("old@example.org").build());
            crm().contacts().archive(old.id());

            assertThat(crm().contacts().activeWithEmail(EmailAddress.of("A@Example.ORG"))).map(Contact::id)
                    .contains(ada.id());
            assertThat(crm().contacts().activeWithEmail(EmailAddress.of("old@example.org"))).isEmpty();
        }

        @Test
        @DisplayName("active contacts are found by phone number in E.164, whatever it was typed like; archived not")
        void foundByPhone() {
            Contact ada = crm().contacts().create(aPerson().noPhones().phone("+32 470 12 34 56").build());
            Contact bob = crm().contacts().create(aPerson().noPhones().phone("+32 9 223 45 67")
                    .phone("+32470123456").build());
            Contact old = crm().contacts().create(aPerson().noPhones().phone("+32 470 12 34 56").build());
            crm().contacts().archive(old.id());
            crm().contacts().create(aPerson().noPhones().phone("+33 4 70 12 34 56").build());

            assertThat(fixture.inTransaction(() -> store().contacts().activeWithPhone(fixture.tenant(),
                    PhoneNumber.parse("0470/12.34.56", "BE")))).extracting(Contact::id)
                    .containsExactlyInAnyOrder(ada.id(), bob.id());
        }

        @Test
        @DisplayName("an archived contact's address can be reused, and then the archived one cannot come back")
        void archivedEmailFree() {
            Contact old = crm().contacts().create(aPerson().noEmails().email("sales@example.org").build());
            crm().contacts().archive(old.id());

            Contact successor = crm().contacts().create(aPerson().noEmails().email("sales@example.org").build());

            assertThat(successor.profile().primaryEmail()).isEqualTo(old.profile().primaryEmail());
            assertThatCrmError(() -> crm().contacts().unarchive(old.id())).hasCode("contact.email-taken");
            assertThat(crm().contacts().get(old.id()).isArchived()).isTrue();
        }

        @Test
        @DisplayName("tags, status and customer group must exist in the tenant")
        void referencesChecked() {
            Tag vip = crm().contactSettings().defineTag("VIP", null);
            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThatCrmError(() -> crm().contacts().create(aPerson().tag(vip.id()).build()))
                    .isA(NotFoundException.class).hasCode("tag.not-found");
        }
    }

    @Nested
    @DisplayName("storing contacts")
    class Storing {

        @Test
        @DisplayName("every field is stored as given and can be changed")
        void roundTrip() {
            Tag vip = crm().contactSettings().defineTag("VIP", "#FFD700");
            ContactStatus qualified = crm().contactSettings().defineStatus("Qualified", null);
            CustomerGroup wholesale = crm().customerGroups().define("Wholesale", "WHS", null, new BigDecimal("5"), 10);
            ContactInput input = ContactInput.company("Initech").email("info@initech.example").email("ap@initech.example")
                    .phone("+32 2 555 12 12").billingAddress(new Address("Rue Neuve 1", "Brussels", null, "1000",
                            CountryCode.of("BE")))
                    .deliveryAddress(new Address("Dock 4", "Antwerp", "Antwerp", "2000", CountryCode.of("BE")))
                    .deliveryAddress(new Address("Hall 2", "Ghent", null, "9000", CountryCode.of("BE")))
                    .website("https://initech.example").industry("Software").description("Printer specialists")
                    .language("nl").country("BE").role(ContactRole.CUSTOMER).role(ContactRole.SUPPLIER)
                    .status(qualified.id()).tag(vip.id()).assignee(UserRef.of("bob")).assignee(UserRef.of("carol"))
                    .starRating(2).internalNotes("Pays late in summer").nextContactDate(LocalDate.of(2026, 4, 1))
                    .paymentTerms(PaymentTerms.net(30)).creditLimit(Money.of("25000", "EUR"))
                    .vatNumber("BE 0428.759.497").customerGroup(wholesale.id()).documentLanguage("fr").build();

            Contact created = crm().contacts().create(input);
            Contact read = crm().contacts().get(created.id());

            assertThat(read.snapshot()).isEqualTo(created.snapshot());
            assertThat(read.profile().deliveryAddresses()).extracting(Address::city).containsExactly("Antwerp", "Ghent");
            assertThat(read.terms().vatNumber().value()).isEqualTo("BE0428759497");
            assertThat(read.roles()).containsExactlyInAnyOrder(ContactRole.CUSTOMER, ContactRole.SUPPLIER);
            assertThat(read.assignees()).containsExactlyInAnyOrder(UserRef.of("bob"), UserRef.of("carol"));

            Contact changed = crm().contacts().update(read.id(), ContactInput.of(read).noEmails()
                    .email("hello@initech.example").withoutRole(ContactRole.SUPPLIER).starRating(3).build(),
                    read.version());
            assertThat(crm().contacts().get(read.id()).snapshot()).isEqualTo(changed.snapshot());
            assertThat(changed.version()).isGreaterThan(read.version());
            assertThat(changed.profile().emails()).extracting(e -> e.value()).containsExactly("hello@initech.example");
        }

        @Test
        @DisplayName("an update based on a stale version is refused")
        void stale() {
            Contact c = crm().contacts().create(aPerson().build());
            crm().contacts().rate(c.id(), 2);

            assertThatCrmError(() -> crm().contacts().update(c.id(), ContactInput.of(c).starRating(1).build(), c.version()))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThatCrmError(() -> fixture.inTransaction(() -> store().contacts().update(c)))
                    .isA(ConflictException.class).hasCode("stale-version");
        }

        @Test
        @DisplayName("a person cannot become a company")
        void typeFixed() {
            Contact c = crm().contacts().create(aPerson().build());
            ContactInput asCompany = ContactInput.company("Now a company").email("x@company.example").build();

            assertThatCrmError(() -> crm().contacts().update(c.id(), asCompany, null)).hasCode("contact.type-fixed");
        }

        @Test
        @DisplayName("consent records when and by whom calls or e-mails were refused, and keeps the first record")
        void consent() {
            Contact c = crm().contacts().create(aPerson().build());
            crm().contacts().recordConsent(c.id(), false, true);
            java.time.Instant first = fixture.clock().instant();
            fixture.clock().advance(Duration.ofDays(1));
            fixture.context().switchActor(UserRef.of("bob"));

            Contact after = crm().contacts().recordConsent(c.id(), true, true);

            assertThat(after.consent().email().at()).isEqualTo(first);
            assertThat(after.consent().email().by()).isEqualTo(UserRef.of("alice"));
            assertThat(after.consent().call().by()).isEqualTo(UserRef.of("bob"));
            assertThat(crm().contacts().get(c.id()).consent()).isEqualTo(after.consent());
            assertThat(crm().contacts().recordConsent(c.id(), false, false).consent().emailRejected()).isFalse();
        }

        @Test
        @DisplayName("a prospect becomes a customer on its first confirmed order, once")
        void prospectBecomesCustomer() {
            Contact c = crm().contacts().create(aPerson().role(ContactRole.PROSPECT).role(ContactRole.SUPPLIER).build());

            crm().contacts().orderConfirmed(c.id());
            crm().contacts().orderConfirmed(c.id());

            assertThat(crm().contacts().get(c.id()).roles())
                    .containsExactlyInAnyOrder(ContactRole.CUSTOMER, ContactRole.SUPPLIER);
            assertThat(fixture.events().eventsOf(ContactBecameCustomer.class)).hasSize(1);
        }

        @Test
        @DisplayName("a contact is invisible to other tenants")
        void isolation() {
            Contact c = crm().contacts().create(aPerson().build());

            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThatCrmError(() -> crm().contacts().get(c.id())).isA(NotFoundException.class);
            assertThat(crm().contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total()).isZero();
            Contact sameEmail = crm().contacts().create(ContactInput.of(c).build());
            assertThat(sameEmail.id()).isNotEqualTo(c.id());
        }
    }

    @Nested
    @DisplayName("companies and their people")
    class CompaniesAndPeople {

        @Test
        @DisplayName("a person works at a company with a job title and the company lists its people")
        void employment() {
            Contact company = crm().contacts().create(aCompany().build());
            Contact ada = crm().contacts().create(aPerson().build());

            crm().contacts().linkToCompany(ada.id(), company.id(), "CTO");
            crm().contacts().setPrimaryContact(company.id(), ada.id());

            assertThat(crm().contacts().get(ada.id()).employments()).containsExactly(new Employment(company.id(), "CTO"));
            assertThat(crm().contacts().employees(company.id())).extracting(Contact::id).containsExactly(ada.id());
            assertThat(crm().contacts().get(company.id()).primaryContact()).contains(ada.id());
        }

        @Test
        @DisplayName("the primary contact must work at the company, and leaving clears it")
        void primaryContact() {
            Contact company = crm().contacts().create(aCompany().build());
            Contact ada = crm().contacts().create(aPerson().build());

            assertThatCrmError(() -> crm().contacts().setPrimaryContact(company.id(), ada.id()))
                    .hasCode("contact.not-employee");
            crm().contacts().linkToCompany(ada.id(), company.id(), null);
            crm().contacts().setPrimaryContact(company.id(), ada.id());
            crm().contacts().unlinkFromCompany(ada.id(), company.id());

            assertThat(crm().contacts().get(company.id()).primaryContact()).isEmpty();
            assertThat(crm().contacts().employees(company.id())).isEmpty();
        }

        @Test
        @DisplayName("only persons work at companies, and only at companies")
        void types() {
            Contact company = crm().contacts().create(aCompany().build());
            Contact other = crm().contacts().create(aCompany().build());
            Contact ada = crm().contacts().create(aPerson().build());
            Contact bob = crm().contacts().create(aPerson().build());

            assertThatCrmError(() -> crm().contacts().linkToCompany(other.id(), company.id(), null))
                    .hasCode("contact.wrong-type");
            assertThatCrmError(() -> crm().contacts().linkToCompany(ada.id(), bob.id(), null))
                    .hasCode("contact.wrong-type");
        }
    }

    @Nested
    @DisplayName("archiving and deleting")
    class ArchivingAndDeleting {

        @Test
        @DisplayName("an archived contact leaves the default list but stays readable and listable on request")
        void archive() {
            Contact c = crm().contacts().create(aPerson().build());

            crm().contacts().archive(c.id());

            assertThat(crm().contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).contacts()).isEmpty();
            assertThat(crm().contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts()
                    .in(ArchiveScope.ARCHIVED))).contacts()).extracting(Contact::id).containsExactly(c.id());
            assertThat(crm().contacts().get(c.id()).archivedAt()).contains(fixture.clock().instant());
            assertThat(crm().contacts().unarchive(c.id()).isArchived()).isFalse();
        }

        @Test
        @DisplayName("a company with people, or a person at a company, cannot be deleted")
        void employmentBlocksDelete() {
            Contact company = crm().contacts().create(aCompany().build());
            Contact ada = crm().contacts().create(aPerson().build());
            crm().contacts().linkToCompany(ada.id(), company.id(), null);

            assertThatCrmError(() -> crm().contacts().delete(company.id()))
                    .isA(RuleViolationException.class).hasCode("contact.has-linked-records")
                    .satisfies(e -> assertThat(e.getMessage()).contains("1 employee"));
            assertThatCrmError(() -> crm().contacts().delete(ada.id())).hasCode("contact.has-linked-records");
        }

        @Test
        @DisplayName("records the host reports through a LinkedRecordsProbe keep a contact from deletion")
        void hostRecordsBlockDelete() {
            CrmFixture guarded = CrmFixture.on(store());
            org.embedcrm.core.Crm crm = org.embedcrm.core.Crm.builder().store(store()).context(guarded.context())
                    .clock(guarded.clock()).discoverPlugins(false)
                    .linkedRecordsProbe((tenant, contact) -> List.of(new LinkedRecords("invoice", 3))).build();
            Contact c = crm.contacts().create(aPerson().build());

            assertThatCrmError(() -> crm.contacts().delete(c.id())).hasCode("contact.has-linked-records")
                    .satisfies(e -> assertThat(e.getMessage()).contains("3 invoice"));
        }

        @Test
        @DisplayName("a contact nothing links to is deleted")
        void delete() {
            Contact c = crm().contacts().create(aPerson().build());

            crm().contacts().delete(c.id());

            assertThatCrmError(() -> crm().contacts().get(c.id())).isA(NotFoundException.class);
        }
    }

    @Nested
    @DisplayName("the contact board")
    class Board {

        @Test
        @DisplayName("shows every status in order with its count and cards carrying name, tags, assignees, rating and notes")
        void columns() {
            ContactStatus lead = crm().contactSettings().defineStatus("Lead", "#90A4AE");
            ContactStatus customer = crm().contactSettings().defineStatus("Customer", null);
            Tag vip = crm().contactSettings().defineTag("VIP", null);
            Contact ada = crm().contacts().create(aPerson().status(lead.id()).tag(vip.id()).assignee(UserRef.of("bob"))
                    .starRating(3).internalNotes("Met at the fair").build());
            crm().contacts().create(aPerson().status(lead.id()).build());
            Contact archived = crm().contacts().create(aPerson().status(lead.id()).build());
            crm().contacts().archive(archived.id());

            List<ContactBoardColumn> board = crm().contacts().board(10);

            assertThat(board).extracting(c -> c.status().name()).containsExactly("Lead", "Customer");
            assertThat(board.get(0).contactCount()).isEqualTo(2);
            assertThat(board.get(0).cards()).filteredOn(card -> card.id().equals(ada.id())).singleElement()
                    .satisfies(card -> {
                        assertThat(card.tags()).extracting(Tag::name).containsExactly("VIP");
                        assertThat(card.assignees()).containsExactly(UserRef.of("bob"));
                        assertThat(card.rating().stars()).isEqualTo(3);
                        assertThat(card.internalNotes()).isEqualTo("Met at the fair");
                    });

            long seen = board.get(0).cards().stream().filter(card -> card.id().equals(ada.id())).findFirst()
                    .orElseThrow().version();
            crm().contacts().rate(ada.id(), 1);
            assertThatCrmError(() -> crm().contacts().moveOnBoard(ada.id(), customer.id(), seen))
                    .isA(ConflictException.class).hasCode("stale-version");
            crm().contacts().moveOnBoard(ada.id(), customer.id());

            List<ContactBoardColumn> moved = crm().contacts().board(1);
            assertThat(moved.get(0).contactCount()).isEqualTo(1);
            assertThat(moved.get(1).cards()).extracting(card -> card.id()).containsExactly(ada.id());
        }
    }
}
