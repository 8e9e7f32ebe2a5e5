package org.embedcrm.core.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactQuery;
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
     * Searches as {@link #find} does, but hands each pair to the caller as soon as it is found instead of keeping it
     * (see {@link DuplicateFinder#sweep}): for a tenant of very many contacts, e.g. a nightly sweep writing
     * suggestions to a review table. The consumer runs inside the search's transaction and must not write contacts.
     *
     * @param filter   which contacts to compare; never null
     * @param criteria the fields, weights and threshold; never null
     * @param pairs    takes each pair found, once, explained; record ids are contact ids; never null
     * @return how many pairs were found, their clusters and the number of pairs scored
     */
    public DuplicateSweep sweep(ContactFilter filter, DuplicateCriteria criteria, Consumer<DuplicatePair> pairs) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(pairs, "pairs");
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        return ctx.run(() -> {
            try (CandidateSearch search = candidates.open(ctx.tenant(), filter, finder)) {
                return finder.sweep(search, pairs);
            }
        });
    }

    /**
     * The check made when a contact is created or imported: its likely duplicates among the active contacts of its
     * type, found as {@link #duplicatesOf(MatchRecord, ContactType, DuplicateCriteria)} finds them.
     *
     * @param id       the contact; never null
     * @param criteria the fields, weights and threshold; never null
     * @return its likely duplicates, best first, the contact first in each pair
     * @throws NotFoundException when it does not exist
     */
    public List<DuplicatePair> duplicatesOf(ContactId id, DuplicateCriteria criteria) {
        Objects.requireNonNull(id, "contact");
        Objects.requireNonNull(criteria, "criteria");
        return ctx.run(() -> {
            Contact contact = contacts.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
            return duplicatesOf(recordOf(contact), contact.type(), criteria);
        });
    }

    /**
     * Checks any record (a lead, an import row, a contact being typed in) against the stored active contacts of one
     * type, without reading them all: the contacts' text search is asked for the local part of each of its e-mail
     * addresses, the last eight digits of each phone number and its last name (an organisation's longest word), at
     * most the criteria's maximum block size of contacts per term, and the finder scores those.
     *
     * @param record   the record to check; never null. A contact with its id is skipped
     * @param type     persons or companies; never null
     * @param criteria the fields, weights and threshold; never null
     * @return its likely duplicates, best first, the record first in each pair; the second ids are contact ids
     */
    public List<DuplicatePair> duplicatesOf(MatchRecord record, ContactType type, DuplicateCriteria criteria) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(type, "type");
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        int perTerm = Math.min(criteria.maxBlockSize(), ContactQuery.MAX_PAGE);
        return ctx.run(() -> {
            Map<ContactId, MatchRecord> lookalikes = new LinkedHashMap<>();
            Stream.concat(SearchTerms.texts(record).stream(), SearchTerms.phoneTails(record).stream())
                    .forEach(term -> contacts.search(ctx.tenant(), ContactQuery.firstPage(ContactFilter
                                    .activeContacts().ofType(type).matching(term)).pageOf(perTerm)).contacts()
                            .forEach(c -> lookalikes.computeIfAbsent(c.id(), k -> recordOf(c))));
            return finder.duplicatesOf(record, DuplicateCandidates.inMemory(lookalikes.values(), finder));
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
