package org.embedcrm.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupStatistics;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * The quickstart's customers: before the week starts, the team fills its customer book (customer groups, tags, a
 * company with two of its people, other companies and a freelancer, one old customer archived); after the week it
 * lists its best Belgian customers and the company's people. Each step is printed before it runs, with what was
 * typed; the tables show what EmbedCRM stored (e-mail domains lower-cased, phone numbers in E.164).
 */
final class CustomerBook {

    /** How many contacts the customer list reads at a time, to show paging with a cursor. */
    static final int PAGE_SIZE = 2;

    /**
     * What the filled book holds.
     *
     * @param acme        the company whose people the book lists; never null
     * @param dealParties who a deal is with, by company name; never null
     */
    record Book(Contact acme, Map<String, DealParties> dealParties) {

        /** Copies the map, keeping its order. */
        Book {
            Objects.requireNonNull(acme, "acme");
            dealParties = Collections.unmodifiableMap(new LinkedHashMap<>(dealParties));
        }
    }

    private final Crm crm;
    private final EventPrinter events;
    private final PrintStream out;

    /**
     * @param crm    the CRM to work in; never null
     * @param events the listener registered on the CRM, told the names of contacts; never null
     * @param out    where steps and lists are printed; never null
     */
    CustomerBook(Crm crm, EventPrinter events, PrintStream out) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** @return the book, after its groups, tags and contacts were created */
    Book fill() {
        out.println("The customer book (events are printed by the listener, after each commit):");
        CustomerGroup wholesale = crm.customerGroups().define("Wholesale", "whs", "Resellers and installers",
                new BigDecimal("5"), 10);
        CustomerGroup retail = crm.customerGroups().define("Retail", "RET", null, null, 1);
        step("customer groups: " + wholesale.code() + " \"" + wholesale.name() + "\" (" + wholesale.discount()
                + " % discount), " + retail.code() + " \"" + retail.name() + "\"");
        Tag vip = crm.contactSettings().defineTag("VIP", "#FFD700");
        Tag fair = crm.contactSettings().defineTag("Trade fair 2026", "#42A5F5");
        step("tags: \"" + vip.name() + "\", \"" + fair.name() + "\"");

        Contact acme = create("company \"Acme Industries\", BE, VAT \"BE 0428.759.497\", customer, 3 stars, VIP,"
                + " Wholesale, net 30 days", ContactInput.company("Acme Industries")
                .email("info@acme.example").phone("02 555 12 12").country("BE").language("nl")
                .vatNumber("BE 0428.759.497").role(ContactRole.CUSTOMER).starRating(3).tag(vip.id())
                .customerGroup(wholesale.id()).paymentTerms(PaymentTerms.net(30))
                .creditLimit(Money.of("50000.00", "EUR")).assignee(UserRef.of("alice"))
                .billingAddress(new Address("Rue Neuve 1", "Brussels", null, "1000", CountryCode.of("BE"))));
        Contact marie = create("person \"Marie Dubois\", \"Marie.Dubois@ACME.Example\", \"0470 12 34 56\"",
                ContactInput.person("Marie", "Dubois").email("Marie.Dubois@ACME.Example").phone("0470 12 34 56")
                        .country("BE").language("fr"));
        Contact jan = create("person \"Jan Peeters\", \"jan.peeters@acme.example\", \"+32 475 98 76 54\"",
                ContactInput.person("Jan", "Peeters").email("jan.peeters@acme.example").phone("+32 475 98 76 54")
                        .country("BE").language("nl"));
        step("link \"Marie Dubois\" to \"Acme Industries\" as Head of Purchasing, its primary contact");
        crm.contacts().linkToCompany(marie.id(), acme.id(), "Head of Purchasing");
        acme = crm.contacts().setPrimaryContact(acme.id(), marie.id());
        step("link \"Jan Peeters\" to \"Acme Industries\" as CFO");
        crm.contacts().linkToCompany(jan.id(), acme.id(), "CFO");

        Contact globex = create("company \"Globex\", BE, VAT \"BE0123456749\", prospect, 2 stars, Trade fair 2026,"
                + " Retail", ContactInput.company("Globex").email("hello@globex.example").phone("03 234 56 78")
                .country("BE").language("nl").vatNumber("BE0123456749").role(ContactRole.PROSPECT).starRating(2)
                .tag(fair.id()).customerGroup(retail.id()));
        Contact initech = create("company \"Initech\", NL, VAT \"NL 1234.56.782.B01\", customer, 3 stars,"
                + " Wholesale", ContactInput.company("Initech").email("info@initech.example")
                .phone("+31 20 123 4567").country("NL").language("nl").vatNumber("NL 1234.56.782.B01")
                .role(ContactRole.CUSTOMER).starRating(3).customerGroup(wholesale.id()));
        Contact hooli = create("company \"Hooli\", DE, VAT \"DE 136 695 976\", customer, 1 star",
                ContactInput.company("Hooli").email("info@hooli.example").phone("+49 30 901820").country("DE")
                        .language("de").vatNumber("DE 136 695 976").role(ContactRole.CUSTOMER).starRating(1));
        Contact umbrella = create("company \"Umbrella Corporation\", US, customer, 2 stars",
                ContactInput.company("Umbrella Corporation").email("sales@umbrella.example").phone("+1 212 555 0100")
                        .country("US").language("en").role(ContactRole.CUSTOMER).starRating(2));
        create("person \"Lotte Janssens\", freelance installer, BE, customer, 2 stars, VIP, Retail",
                ContactInput.person("Lotte", "Janssens").email("lotte@janssens.example").phone("0486 11 22 33")
                        .country("BE").language("nl").role(ContactRole.CUSTOMER).starRating(2).tag(vip.id())
                        .customerGroup(retail.id()).internalNotes("Met at the Ghent fair"));
        Contact bakery = create("company \"Vandamme Bakery\", BE, customer, 3 stars",
                ContactInput.company("Vandamme Bakery").email("info@vandamme.example").country("BE")
                        .role(ContactRole.CUSTOMER).starRating(3));
        step("archive \"Vandamme Bakery\", which closed down: its history stays, lists leave it out");
        crm.contacts().archive(bakery.id());

        Map<String, DealParties> parties = new LinkedHashMap<>();
        parties.put("Acme Industries", new DealParties(acme, marie));
        for (Contact company : List.of(globex, initech, hooli, umbrella)) {
            parties.put(company.profile().displayName(), new DealParties(company, null));
        }
        return new Book(acme, parties);
    }

    /**
     * Prints the Belgian customers rated two stars or more, by name, read a page at a time; the people of the book's
     * company; and the customer group statistics.
     *
     * @param book the filled book; never null
     */
    void printCustomers(Book book) {
        ContactFilter belgianCustomers = ContactFilter.activeContacts()
                .withRoles(Set.of(ContactRole.CUSTOMER))
                .locatedIn(CountryCode.of("BE"), null)
                .rated(2, null);
        ContactQuery query = ContactQuery.firstPage(belgianCustomers).sortedBy(ContactSort.NAME, false)
                .pageOf(PAGE_SIZE);
        ContactPage page = crm.contacts().find(query);
        long total = page.total();
        List<Contact> customers = new ArrayList<>(page.contacts());
        int pages = 1;
        while (page.nextCursor() != null) {
            page = crm.contacts().find(query.after(page.nextCursor()));
            customers.addAll(page.contacts());
            pages++;
        }
        ContactPrinter printer = new ContactPrinter(crm.contactSettings().tags(), crm.customerGroups().all());
        out.println("Customers in BE rated 2 stars or more, by name: " + total + " found, read in " + pages
                + " pages of " + PAGE_SIZE);
        out.print(printer.list(customers));
        out.println();

        Contact acme = crm.contacts().get(book.acme().id());
        List<Contact> people = crm.contacts().employees(acme.id());
        out.println("People at \"" + acme.profile().displayName() + "\": " + people.size());
        out.print(ContactPrinter.people(acme, people));
        out.println();

        CustomerGroupStatistics statistics = crm.customerGroups().statistics();
        out.println("Customer groups: " + statistics.groups() + " (" + statistics.activeGroups() + " active, "
                + statistics.groupsWithDiscount() + " with a discount), " + statistics.customersAssigned()
                + " contacts in a group");
    }

    private Contact create(String what, ContactInput.Builder input) {
        step("create " + what);
        Contact contact = crm.contacts().create(input.build());
        events.remember(contact);
        return contact;
    }

    private void step(String what) {
        out.println("  " + what);
    }
}
