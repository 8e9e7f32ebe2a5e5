package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactBecameCustomer;
import org.embedcrm.core.party.ContactBoardColumn;
import org.embedcrm.core.party.ContactCard;
import org.embedcrm.core.party.ContactCreated;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupStatistics;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Employment;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.party.Rejection;
import org.embedcrm.core.party.RelatedContact;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.VatNumber;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/contacts.md}, on the in-memory store. */
@DisplayName("docs/contacts.md")
class ContactsSnippetTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final Invoices invoices = new Invoices();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream console;

    @BeforeEach
    void captureOutput() {
        console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(console);
    }

    /** @return the lines the snippets printed so far */
    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    @DisplayName("wiring: national phone numbers are read in the phone region, and the host's records block deletion")
    void wiring() {
        Crm crm = wired();
        Contact acme = crm.contacts().create(ContactInput.company("Acme Industries").phone("02 555 12 12").build());
        invoices.issue(acme, 3);

        assertThat(acme.profile().primaryPhone()).map(PhoneNumber::e164).contains("+3225551212");
        assertThatCrmError(() -> crm.contacts().delete(acme.id())).isA(RuleViolationException.class)
                .hasCode("contact.has-linked-records")
                .satisfies(e -> assertThat(e.getMessage()).contains("3 invoice(s)"));
        Crm international = Crm.builder().store(fixture.store()).context(fixture.context()).build();
        assertThatCrmError(() -> international.contacts().create(ContactInput.company("Globex").phone("02 555 12 13")
                .build())).reportsFields("phones[0]");
    }

    /** The wiring snippet, over the fixture's store and tenant, with the host's invoices as a probe. */
    private Crm wired() {
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .phoneRegion("BE") // national numbers are Belgian
                .linkedRecordsProbe((tenant, contact) -> {
                    long count = invoices.countFor(tenant, contact);
                    return count == 0 ? List.of() : List.of(new LinkedRecords("invoice", count));
                })
                .build();

        return crm;
    }

    @Test
    @DisplayName("persons and companies: a person's display name defaults to first and last name; edits check the version")
    void personsAndCompanies() {
        Contact acme = crm.contacts().create(ContactInput.company("Acme Industries")
                .email("info@acme.example")
                .phone("02 555 12 12")
                .country("BE")
                .language("nl")
                .build());
        Contact marie = crm.contacts().create(ContactInput.person("Marie", "Dubois")
                .email("marie.dubois@acme.example")
                .build());
        // marie.profile().displayName() is "Marie Dubois"; marie.type() is PERSON

        assertThat(marie.profile().displayName()).isEqualTo("Marie Dubois");
        assertThat(marie.type()).isEqualTo(ContactType.PERSON);
        assertThat(acme.profile().firstName()).isNull();
        assertThat(fixture.events().eventsOf(ContactCreated.class)).extracting(ContactCreated::type)
                .containsExactly(ContactType.COMPANY, ContactType.PERSON);

        Contact loaded = crm.contacts().get(acme.id());
        Contact saved = crm.contacts().update(loaded.id(), ContactInput.of(loaded)
                .website("https://acme.example")
                .industry("Machinery")
                .build(), loaded.version());

        assertThat(saved.profile().industry()).isEqualTo("Machinery");
        assertThat(saved.profile().primaryPhone()).map(PhoneNumber::raw).contains("02 555 12 12");
        assertThatCrmError(() -> crm.contacts().update(loaded.id(), ContactInput.of(loaded).industry("Robots").build(),
                loaded.version())).isA(ConflictException.class).hasCode("stale-version");
        assertThatCrmError(() -> crm.contacts().update(marie.id(), ContactInput.company("Marie BV")
                .email("marie.dubois@acme.example").build(), null)).hasCode("contact.type-fixed");
        assertThatCrmError(() -> crm.contacts().create(ContactInput.person(" ", "Dubois").email("x@example.org").build()))
                .reportsFields("firstName");
        assertThatCrmError(() -> crm.contacts().create(ContactInput.company("Silent Ltd").build()))
                .reportsFields("emails");
    }

    @Test
    @DisplayName("normalisation: e-mail domains lower-cased, phones in E.164 with the raw text, VAT numbers canonical")
    void normalisation() {
        Contact jan = crm.contacts().create(ContactInput.person("Jan", "Peeters")
                .email("  Jan.Peeters@ACME.Example ")
                .phone("0475 98 76 54")
                .phone("+49 30 901820")
                .build());
        EmailAddress email = jan.profile().primaryEmail().orElseThrow(); // Jan.Peeters@acme.example
        PhoneNumber mobile = jan.profile().primaryPhone().orElseThrow(); // e164() +32475987654, raw() "0475 98 76 54"
        VatNumber vat = VatNumber.parse("be 0428.759.497");             // BE0428759497
        try {
            crm.contacts().create(ContactInput.person("Jan", "Other").email("jan.peeters@acme.example").build());
        } catch (ConflictException e) {
            System.out.println(e.code()); // contact.email-taken
        }

        assertThat(printed()).containsExactly("contact.email-taken");
        assertThat(email.value()).isEqualTo("Jan.Peeters@acme.example");
        assertThat(mobile.e164()).isEqualTo("+32475987654");
        assertThat(mobile.raw()).isEqualTo("0475 98 76 54");
        assertThat(jan.profile().phones()).extracting(PhoneNumber::e164).containsExactly("+32475987654", "+4930901820");
        assertThat(vat.value()).isEqualTo("BE0428759497");
        assertThat(VatNumber.parse("NL 1234.56.782.B01").value()).isEqualTo("NL123456782B01");
        assertThatCrmError(() -> crm.contacts().create(ContactInput.person("Jan", "Other")
                .email("jan.peeters@acme.example").build())).isA(ConflictException.class).hasCode("contact.email-taken");
        assertThatCrmError(() -> crm.contacts().create(ContactInput.person("Jan", "Twice").email("jan@twice.example")
                .email("JAN@twice.example").build())).hasCode("validation.failed")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code)
                        .containsExactly("contact.email.duplicate"));
    }

    @Test
    @DisplayName("every problem of an input is reported at once, each with its field and code")
    void allViolations() {

        try {
            crm.contacts().create(ContactInput.company("Initech").email("info@initech")
                    .phone("12").country("XX").vatNumber("BE0428759498").build());
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                System.out.println(violation.field() + " " + violation.code());
            }
            // emails[0] contact.email.invalid, phones[0] contact.phone.invalid, country country.invalid,
            // vatNumber vat.checksum
        }

        assertThat(printed()).containsExactlyInAnyOrder("emails[0] contact.email.invalid",
                "phones[0] contact.phone.invalid", "country country.invalid", "vatNumber vat.checksum");
    }

    @Test
    @DisplayName("addresses: one billing address and delivery addresses, the first the default")
    void addresses() {
        Contact acme = acme();

        Address office = new Address("Rue Neuve 1", "Brussels", null, "1000", CountryCode.of("BE"));
        Address warehouse = new Address("Dock 4", "Antwerp", null, "2000", CountryCode.of("BE"));
        acme = crm.contacts().update(acme.id(), ContactInput.of(acme)
                .billingAddress(office)
                .deliveryAddress(warehouse) // the first delivery address is the default
                .build(), acme.version());

        assertThat(crm.contacts().get(acme.id()).profile().billingAddress()).isEqualTo(office);
        assertThat(acme.profile().deliveryAddresses()).containsExactly(warehouse);
        assertThatCrmError(() -> new Address(" ", null, "Flanders", null, null)).reportsFields("address");
        assertThatCrmError(() -> new Address("x".repeat(201), "y".repeat(201), null, null, null))
                .reportsFields("address.street", "address.city");
    }

    @Test
    @DisplayName("roles: a prospect becomes a customer on its first confirmed order, once")
    void roles() {
        Contact globex = crm.contacts().create(ContactInput.company("Globex").email("hello@globex.example")
                .role(ContactRole.PROSPECT)
                .build());
        // later, when the host's order system confirms Globex's first order:
        globex = crm.contacts().orderConfirmed(globex.id()); // roles() is now [CUSTOMER]

        assertThat(globex.roles()).containsExactly(ContactRole.CUSTOMER);
        crm.contacts().orderConfirmed(globex.id());
        assertThat(fixture.events().eventsOf(ContactBecameCustomer.class)).singleElement()
                .extracting(ContactBecameCustomer::contact).isEqualTo(globex.id());
    }

    @Test
    @DisplayName("employments: persons work at companies with a job title, one of them the primary contact")
    void employments() {
        Contact acme = acme();
        Contact marie = person("Marie", "Dubois");
        Contact jan = person("Jan", "Peeters");

        crm.contacts().linkToCompany(marie.id(), acme.id(), "Head of Purchasing");
        crm.contacts().linkToCompany(jan.id(), acme.id(), "CFO");
        crm.contacts().setPrimaryContact(acme.id(), marie.id());
        for (Contact person : crm.contacts().employees(acme.id())) {
            String title = person.employments().stream().filter(e -> e.company().equals(acme.id()))
                    .map(Employment::jobTitle).findFirst().orElse(null);
            System.out.println(person.profile().displayName() + ", " + title);
        }
        // crm.contacts().get(acme.id()).primaryContact() is Marie's id

        assertThat(printed()).containsExactlyInAnyOrder("Marie Dubois, Head of Purchasing", "Jan Peeters, CFO");
        assertThat(crm.contacts().get(acme.id()).primaryContact()).contains(marie.id());
        assertThatCrmError(() -> crm.contacts().linkToCompany(acme.id(), marie.id(), null))
                .hasCode("contact.wrong-type");
        crm.contacts().unlinkFromCompany(marie.id(), acme.id());
        assertThat(crm.contacts().get(acme.id()).primaryContact()).isEmpty();
        assertThatCrmError(() -> crm.contacts().unlinkFromCompany(marie.id(), acme.id()))
                .hasCode("employment.not-found");
        assertThatCrmError(() -> crm.contacts().setPrimaryContact(acme.id(), marie.id()))
                .hasCode("contact.not-employee");
    }

    @Test
    @DisplayName("tags, statuses and the board: cards by status, with tags, rating and counts")
    void board() {

        Tag vip = crm.contactSettings().defineTag("VIP", "#FFD700");
        ContactStatus lead = crm.contactSettings().defineStatus("Lead", "#90A4AE");
        ContactStatus qualified = crm.contactSettings().defineStatus("Qualified", "#42A5F5");
        Contact lotte = crm.contacts().create(ContactInput.person("Lotte", "Janssens").email("lotte@janssens.example")
                .tag(vip.id()).status(lead.id()).assignee(UserRef.of("bob")).starRating(2)
                .internalNotes("Met at the Ghent fair").nextContactDate(LocalDate.of(2026, 3, 16))
                .build());
        crm.contacts().moveOnBoard(lotte.id(), qualified.id());
        crm.contacts().rate(lotte.id(), 3);
        for (ContactBoardColumn column : crm.contacts().board(20)) {
            System.out.println(column.status().name() + ": " + column.contactCount());
            for (ContactCard card : column.cards()) {
                System.out.println("    " + card.displayName() + " " + "*".repeat(card.rating().stars()));
            }
        }

        assertThat(printed()).containsExactly("Lead: 0", "Qualified: 1", "    Lotte Janssens ***");
        assertThatCrmError(() -> crm.contactSettings().defineTag("vip", null)).isA(ConflictException.class)
                .hasCode("tag.name-taken");
        assertThatCrmError(() -> crm.contactSettings().deleteTag(vip.id())).hasCode("tag.in-use");
        assertThatCrmError(() -> crm.contactSettings().deleteStatus(qualified.id())).hasCode("contact-status.in-use");
        assertThatCrmError(() -> crm.contactSettings().defineStatus("Won", "green")).reportsFields("color");
        assertThatCrmError(() -> crm.contacts().rate(lotte.id(), 4)).satisfies(e -> assertThat(
                ((ValidationException) e).violations()).extracting(Violation::code).containsExactly("contact.rating.range"));
        assertThatCrmError(() -> crm.contacts().create(ContactInput.person("Lotte", "Twice").email("l@twice.example")
                .starRating(4).build())).satisfies(e -> assertThat(((ValidationException) e).violations())
                .extracting(Violation::field, Violation::code).containsExactly(tuple("starRating", "max")));
    }

    @Test
    @DisplayName("consent: a refusal records when and by whom")
    void consent() {
        Contact lotte = person("Lotte", "Janssens");

        Contact noMail = crm.contacts().recordConsent(lotte.id(), false, true); // no e-mails; calls are fine
        Rejection refusal = noMail.consent().email();                           // refusal.at(), refusal.by()
        boolean mayCall = !noMail.consent().callRejected();

        assertThat(refusal.at()).isEqualTo(fixture.clock().instant());
        assertThat(refusal.by()).isEqualTo(UserRef.of("alice"));
        assertThat(mayCall).isTrue();
        assertThat(crm.contacts().recordConsent(lotte.id(), false, false).consent().emailRejected()).isFalse();
    }

    @Test
    @DisplayName("customer terms and groups: the terms are stored and the group statistics count the customer")
    void customerTerms() {
        Contact acme = acme();

        CustomerGroup wholesale = crm.customerGroups().define("Wholesale", "whs", "Resellers", new BigDecimal("5"), 10);
        acme = crm.contacts().update(acme.id(), ContactInput.of(acme)
                .role(ContactRole.CUSTOMER)
                .paymentTerms(PaymentTerms.net(30))
                .creditLimit(Money.of("50000.00", "EUR"))
                .vatNumber("BE 0428.759.497")
                .customerGroup(wholesale.id())
                .documentLanguage("fr")
                .build(), acme.version());
        CustomerGroupStatistics statistics = crm.customerGroups().statistics();
        // 1 group, 1 active, 1 with a discount, 1 contact assigned; wholesale.code() is "WHS"

        assertThat(statistics).isEqualTo(new CustomerGroupStatistics(1, 1, 1, 1));
        assertThat(wholesale.code()).isEqualTo("WHS");
        assertThat(acme.terms().vatNumber().value()).isEqualTo("BE0428759497");
        assertThat(acme.terms().paymentTerms().netDays()).isEqualTo(30);
        assertThat(acme.terms().documentLanguage().value()).isEqualTo("fr");
        assertThatCrmError(() -> crm.customerGroups().define("Other", "Whs", null, null, 1))
                .isA(ConflictException.class).hasCode("customer-group.code-taken");
        assertThatCrmError(() -> crm.customerGroups().define("Too much", "TM", null, new BigDecimal("100.5"), 1))
                .reportsFields("discount");
        assertThatCrmError(() -> crm.customerGroups().delete(wholesale.id())).hasCode("customer-group.in-use");
        assertThatCrmError(() -> PaymentTerms.net(400)).reportsFields("paymentTerms.netDays");
    }

    @Test
    @DisplayName("relationships: seen from both sides, with the inverse label from the target")
    void relationships() {
        Contact lotte = person("Lotte", "Janssens");
        Contact globex = company("Globex");

        RelationshipType referral = crm.contactSettings().defineRelationshipType("Referred", "Referred by");
        crm.relationships().relate(lotte.id(), referral.id(), globex.id()); // Lotte referred Globex
        for (RelatedContact related : crm.relationships().relatedTo(globex.id())) {
            System.out.println(related.label() + " " + crm.contacts().get(related.other()).profile().displayName());
        }
        // Referred by Lotte Janssens

        assertThat(printed()).containsExactly("Referred by Lotte Janssens");
        assertThat(crm.relationships().relatedTo(lotte.id())).extracting(RelatedContact::label)
                .containsExactly("Referred");
        assertThatCrmError(() -> crm.relationships().relate(globex.id(), referral.id(), lotte.id()))
                .isA(ConflictException.class).hasCode("relationship.duplicate");
        assertThatCrmError(() -> crm.relationships().relate(lotte.id(), referral.id(), lotte.id()))
                .hasCode("relationship.self");
    }

    @Test
    @DisplayName("archive or delete: a contact with people, a deal and invoices is archived, not deleted")
    void archiveOrDelete() {
        Crm crm = wired();
        Contact acme = crm.contacts().create(ContactInput.company("Acme Industries").email("info@acme.example").build());
        Contact marie = crm.contacts().create(ContactInput.person("Marie", "Dubois").email("marie@acme.example").build());
        Contact jan = crm.contacts().create(ContactInput.person("Jan", "Peeters").email("jan@acme.example").build());
        crm.contacts().linkToCompany(marie.id(), acme.id(), null);
        crm.contacts().linkToCompany(jan.id(), acme.id(), null);
        Pipeline sales = aPipeline().createIn(crm);
        crm.deals().open(OpenDeal.in(sales.id(), "Acme ERP rollout").with(acme.id(), null));
        invoices.issue(acme, 4);

        try {
            crm.contacts().delete(acme.id());
        } catch (RuleViolationException e) {
            System.out.println(e.code());       // contact.has-linked-records
            System.out.println(e.getMessage()); // ... is linked to 2 employee(s), 1 deal, 4 invoice(s); archive it instead
        }
        crm.contacts().archive(acme.id());      // out of lists and pickers; history, links and deals kept

        assertThat(printed()).containsExactly("contact.has-linked-records",
                "contact 'Acme Industries' is linked to 2 employee(s), 1 deal, 4 invoice(s); archive it instead");
        assertThat(crm.contacts().get(acme.id()).isArchived()).isTrue();
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().ofType(ContactType.COMPANY)))
                .total()).isZero();
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().in(ArchiveScope.ARCHIVED)))
                .contacts()).extracting(Contact::id).containsExactly(acme.id());

        Contact successor = crm.contacts().create(ContactInput.company("Acme Group").email("info@acme.example").build());
        assertThatCrmError(() -> crm.contacts().unarchive(acme.id())).hasCode("contact.email-taken");
        crm.contacts().delete(successor.id());
        assertThat(crm.contacts().unarchive(acme.id()).isArchived()).isFalse();
    }

    @Test
    @DisplayName("finding contacts: Belgian customers with 2 stars or more, by name, two a page, with the total")
    void filters() {
        Contact acme = create(ContactInput.company("Acme Industries").email("info@acme.example").country("BE")
                .role(ContactRole.CUSTOMER).starRating(3));
        Contact globex = create(ContactInput.company("Globex").email("hello@globex.example").country("BE")
                .role(ContactRole.CUSTOMER).role(ContactRole.SUPPLIER).starRating(2));
        Contact lotte = create(ContactInput.person("Lotte", "Janssens").email("lotte@janssens.example").country("be")
                .role(ContactRole.CUSTOMER).starRating(2));
        create(ContactInput.company("Hooli").email("info@hooli.example").country("BE").role(ContactRole.CUSTOMER)
                .starRating(1));
        create(ContactInput.company("Initech").email("info@initech.example").country("NL").role(ContactRole.CUSTOMER)
                .starRating(3));
        create(ContactInput.company("Stark").email("info@stark.example").country("BE").role(ContactRole.PROSPECT)
                .starRating(3));
        Contact jan = create(ContactInput.person("Jan", "Peeters").phone("0475 98 76 54"));

        ContactFilter belgianCustomers = ContactFilter.activeContacts()
                .withRoles(Set.of(ContactRole.CUSTOMER))
                .locatedIn(CountryCode.of("BE"), null)
                .rated(2, null);
        ContactQuery query = ContactQuery.firstPage(belgianCustomers).sortedBy(ContactSort.NAME, false).pageOf(2);
        ContactPage page = crm.contacts().find(query);
        System.out.println(page.total() + " customers in Belgium with 2 stars or more");
        List<Contact> all = new ArrayList<>(page.contacts());
        while (page.nextCursor() != null) {
            page = crm.contacts().find(query.after(page.nextCursor()));
            all.addAll(page.contacts());
        }

        assertThat(printed()).containsExactly("3 customers in Belgium with 2 stars or more");
        assertThat(crm.contacts().find(query).total()).isEqualTo(3);
        assertThat(crm.contacts().find(query).contacts()).hasSize(2);
        assertThat(all).extracting(Contact::id).containsExactly(acme.id(), globex.id(), lotte.id());
        assertThatCrmError(() -> query.after("not a cursor")).hasCode("validation.failed");
        String nameCursor = crm.contacts().find(query).nextCursor();
        assertThatCrmError(() -> query.sortedBy(ContactSort.RATING, true).after(nameCursor))
                .reportsFields("after");
        assertThatCrmError(() -> query.pageOf(501)).reportsFields("pageSize");

        ContactPage found = crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().matching("475 98")));
        // Jan Peeters, by the digits of his mobile number

        assertThat(found.contacts()).extracting(Contact::id).containsExactly(jan.id());
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().matching("0475 98")))
                .total()).isZero();
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().matching("GLOBEX.ex")))
                .contacts()).extracting(Contact::id).containsExactly(globex.id());
    }

    @Test
    @DisplayName("deals and contacts: a deal's company is a company contact, its customer any contact")
    void deals() {
        Contact acme = acme();
        Contact marie = person("Marie", "Dubois");
        Pipeline sales = aPipeline().createIn(crm);

        Deal rollout = crm.deals().open(OpenDeal.in(sales.id(), "Acme ERP rollout")
                .with(acme.id(), marie.id()) // the company, and the person buying for it
                .worth(Money.of("48000.00", "EUR")));

        DealCard card = crm.deals().board(sales.id()).columns().get(0).cards().get(0);
        assertThat(card.company()).isEqualTo(acme.id());
        assertThat(card.customer()).isEqualTo(marie.id());
        assertThat(rollout.terms().company()).isEqualTo(acme.id());
        assertThatCrmError(() -> crm.deals().open(OpenDeal.in(sales.id(), "Odd").with(marie.id(), null)))
                .isA(RuleViolationException.class).hasCode("deal.company-not-company");
        fixture.context().switchTenant(CrmFixture.freshTenant());
        Pipeline elsewhere = aPipeline().createIn(crm);
        assertThatCrmError(() -> crm.deals().open(OpenDeal.in(elsewhere.id(), "Other tenant").with(null, marie.id())))
                .hasCode("contact.not-found");
    }

    private Contact acme() {
        return company("Acme Industries");
    }

    private Contact company(String name) {
        return create(ContactInput.company(name).email("info@" + name.toLowerCase().replace(' ', '-') + ".example"));
    }

    private Contact person(String first, String last) {
        return create(ContactInput.person(first, last).email(first.toLowerCase() + "." + last.toLowerCase()
                + "@example.org"));
    }

    private Contact create(ContactInput.Builder input) {
        return crm.contacts().create(input.build());
    }

    /** Stands for the host's invoicing, which reports the invoices of a contact. */
    private static final class Invoices {

        private final Map<UUID, Long> counts = new ConcurrentHashMap<>();

        void issue(Contact contact, long count) {
            counts.merge(contact.id().value(), count, Long::sum);
        }

        long countFor(String tenant, UUID contact) {
            assertThat(tenant).isNotBlank();
            return counts.getOrDefault(contact, 0L);
        }
    }
}
