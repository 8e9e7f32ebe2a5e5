package org.embedcrm.io.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/** What a contact holds, with its tags, status and group by name, so that contacts of two tenants compare. */
record ContactView(ContactType type, String displayName, String firstName, String lastName, List<String> emails,
                   List<String> phones, Address billing, List<Address> deliveries, String website, String industry,
                   String description, String language, String country, Set<ContactRole> roles, String status,
                   Set<String> tags, Set<UserRef> assignees, int stars, String notes, LocalDate nextContact,
                   PaymentTerms terms, Money creditLimit, String vat, String group, String documentLanguage,
                   String origin, boolean refusesCalls, boolean refusesMails) {

    /** @return every active contact of the CRM's tenant, as views */
    static List<ContactView> all(Crm crm) {
        Map<Object, String> names = new java.util.HashMap<>();
        crm.contactSettings().tags().forEach(t -> names.put(t.id(), t.name()));
        crm.contactSettings().statuses().forEach(s -> names.put(s.id(), s.name()));
        crm.customerGroups().all().forEach(g -> names.put(g.id(), g.code()));
        List<ContactView> views = new java.util.ArrayList<>();
        ContactQuery query = ContactQuery.firstPage(ContactFilter.activeContacts()).pageOf(ContactQuery.MAX_PAGE);
        while (true) {
            ContactPage page = crm.contacts().find(query);
            page.contacts().forEach(c -> views.add(of(c, names::get)));
            if (page.nextCursor() == null) {
                return views;
            }
            query = query.after(page.nextCursor());
        }
    }

    private static ContactView of(Contact c, Function<Object, String> name) {
        ContactProfile p = c.profile();
        return new ContactView(c.type(), p.displayName(), p.firstName(), p.lastName(),
                p.emails().stream().map(EmailAddress::value).toList(),
                p.phones().stream().map(n -> n.raw() + " = " + n.e164()).toList(), p.billingAddress(),
                p.deliveryAddresses(), p.website(), p.industry(), p.description(),
                p.language() == null ? null : p.language().value(), p.country() == null ? null : p.country().value(),
                c.roles(), c.status().map(name).orElse(null), c.tags().stream().map(name).collect(Collectors.toSet()),
                c.assignees(), c.rating().stars(), c.internalNotes().orElse(null), c.nextContactDate().orElse(null),
                c.terms().paymentTerms(), c.terms().creditLimit(),
                c.terms().vatNumber() == null ? null : c.terms().vatNumber().value(),
                c.terms().customerGroup() == null ? null : name.apply(c.terms().customerGroup()),
                c.terms().documentLanguage() == null ? null : c.terms().documentLanguage().value(),
                c.origin().orElse(null), c.consent().callRejected(), c.consent().emailRejected());
    }
}
