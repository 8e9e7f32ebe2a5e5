package org.embedcrm.core.merge;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;

/**
 * Finds duplicate contacts in the store with a {@link DuplicateFinder}. Obtain it from
 * {@link org.embedcrm.core.Crm#duplicates()}; merge what it finds with {@link ContactMergeService}.
 *
 * <p>The store files the contacts under the finder's blocking keys and hands them back block by block through the
 * {@link ContactCandidates} port, so the comparisons grow about linearly with the number of contacts and, with a
 * database, memory holds one block rather than every contact. Each search runs in one transaction.
 */
public final class DuplicateService {

    private final ServiceContext ctx;
    private final Contacts contacts;
    private final ContactCandidates candidates;

    /**
     * @param ctx        the service plumbing; never null
     * @param contacts   the contact port; never null
     * @param candidates the port filing the contacts of each search by blocking key; never null
     */
    public DuplicateService(ServiceContext ctx, Contacts contacts, ContactCandidates candidates) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
    }

    /**
     * @param filter   which contacts to compare, e.g. the active persons; never null
     * @param criteria the fields, weights and threshold, e.g. {@link DuplicateCriteria#persons()}; never null
     * @return the likely duplicate pairs, each explained, and their clusters; record ids are contact ids
     */
    public DuplicateReport find(ContactFilter filter, DuplicateCriteria criteria) {
        Objects.requireNonNull(filter, "filter");
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        return ctx.run(() -> {
            try (CandidateSearch search = candidates.open(ctx.tenant(), filter, finder)) {
                return finder.find(search);
            }
        });
    }

    /**
     * The check made when a contact is created or imported: its likely duplicates among the contacts of its type.
     *
     * @param id       the contact; never null
     * @param criteria the fields, weights and threshold; never null
     * @return its likely duplicates, best first
     * @throws NotFoundException when it does not exist
     */
    public List<DuplicatePair> duplicatesOf(ContactId id, DuplicateCriteria criteria) {
        Objects.requireNonNull(id, "contact");
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        return ctx.run(() -> {
            Contact contact = contacts.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
            try (CandidateSearch search = candidates.open(ctx.tenant(),
                    ContactFilter.activeContacts().ofType(contact.type()), finder)) {
                return finder.duplicatesOf(recordOf(contact), search);
            }
        });
    }

    /**
     * @param contact a contact; never null
     * @return what duplicate detection compares of it: names, e-mail addresses, phones (E.164), VAT number and
     *         billing address; its id is the contact's id
     */
    public static MatchRecord recordOf(Contact contact) {
        ContactProfile p = contact.profile();
        MatchRecord record = contact.type() == ContactType.COMPANY
                ? MatchRecord.organisation(MatchRecordId.of(contact.id().toString()), p.displayName())
                : MatchRecord.person(MatchRecordId.of(contact.id().toString()), p.firstName(), p.lastName())
                        .withName(p.displayName());
        record = record.withEmails(p.emails().stream().map(EmailAddress::value).toArray(String[]::new))
                .withPhones(p.phones().stream().map(PhoneNumber::e164).toArray(String[]::new));
        if (contact.terms().vatNumber() != null) {
            record = record.withVatNumber(contact.terms().vatNumber().value());
        }
        Address a = p.billingAddress();
        return a == null ? record : record.withAddress(new MatchAddress(a.street(), a.postalCode(), a.city(),
                a.country() == null ? null : a.country().value()));
    }
}
