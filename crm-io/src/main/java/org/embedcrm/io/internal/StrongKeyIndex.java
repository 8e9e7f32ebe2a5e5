package org.embedcrm.io.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactType;

/**
 * The tenant's active contacts by the duplicate engine's strong keys (phone, VAT number, e-mail), so that an import
 * can match a row that has neither a known id nor a known e-mail address. Built once per import, a page of contacts
 * at a time; what the import itself stores is added as it goes, and taken out again when its transaction rolls back.
 * A row is compared with at most the criteria's block size of contacts per key, so the work per row is bounded.
 *
 * <p>Contacts are compared as {@link DuplicateFinder#duplicatesOf} compares them, by the default
 * {@linkplain DuplicateCriteria#persons() person} or {@linkplain DuplicateCriteria#organisations() organisation}
 * criteria reduced to the strong keys asked for; only a shared strong key counts, never a score. Not thread-safe.
 */
final class StrongKeyIndex {

    /**
     * A contact a row shares a strong key with.
     *
     * @param contact the contact; never null
     * @param name    its display name, for messages; may be null
     * @param keys    the strong keys shared; never empty
     */
    record Match(ContactId contact, String name, Set<MatchField> keys) {
    }

    /** A contact filed since the last commit, and its record before: null when it was not filed. */
    private record Undo(ContactType type, MatchRecord before) {
    }

    private static final MatchRecordId ROW = MatchRecordId.of("import row");

    private final Map<ContactType, ContactKeyBlocks> byType = new EnumMap<>(ContactType.class);
    private final Map<MatchRecordId, Undo> undo = new LinkedHashMap<>();

    private StrongKeyIndex(Set<MatchField> keys, Set<ContactType> types, String phoneRegion) {
        for (ContactType type : types) {
            byType.put(type, new ContactKeyBlocks(DuplicateFinder.of(criteria(type, keys, phoneRegion))));
        }
    }

    /**
     * Reads every active contact of the types, a page per call of the contact service.
     *
     * @param crm         the CRM acting for the tenant imported into; never null
     * @param keys        the strong keys, among phone, VAT number and e-mail; never null nor empty
     * @param types       the types of contact the file's rows can be; never null nor empty
     * @param phoneRegion the region of phone numbers written without a country code; may be null
     * @return the index
     */
    static StrongKeyIndex build(Crm crm, Set<MatchField> keys, Set<ContactType> types, String phoneRegion) {
        StrongKeyIndex index = new StrongKeyIndex(keys, types, phoneRegion);
        ContactFilter filter = types.size() == 1 ? ContactFilter.activeContacts().ofType(types.iterator().next())
                : ContactFilter.activeContacts();
        ContactQuery query = ContactQuery.firstPage(filter).pageOf(ContactQuery.MAX_PAGE);
        while (query != null) {
            ContactPage page = crm.contacts().find(query);
            page.contacts().forEach(index::put);
            query = page.nextCursor() == null ? null : query.after(page.nextCursor());
        }
        return index;
    }

    /**
     * @param type   the row's type, or null when it does not say (then contacts of every type indexed are searched)
     * @param emails the row's e-mail addresses; never null
     * @param phones the row's phone numbers as written; never null
     * @param vat    the row's VAT number, or null
     * @return the contacts sharing a strong key with the row, each once, best first; empty when none
     */
    List<Match> matches(ContactType type, List<String> emails, List<String> phones, String vat) {
        MatchRecord row = MatchRecord.of(ROW).withPhones(phones.toArray(String[]::new)).withVatNumber(vat)
                .withEmails(emails.toArray(String[]::new));
        Map<ContactId, Match> found = new LinkedHashMap<>();
        for (Map.Entry<ContactType, ContactKeyBlocks> entry : byType.entrySet()) {
            if (type != null && entry.getKey() != type) {
                continue;
            }
            ContactKeyBlocks blocks = entry.getValue();
            for (DuplicatePair pair : blocks.finder().duplicatesOf(row, blocks)) {
                if (!pair.evidence().strongKeys().isEmpty()) {
                    ContactId id = ContactId.of(pair.second().value());
                    found.putIfAbsent(id, new Match(id, blocks.record(pair.second()).name(),
                            pair.evidence().strongKeys()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Files a contact the import just created or updated under its keys now, until {@link #rollBack()}.
     *
     * @param contact the contact as stored; never null
     */
    void stored(Contact contact) {
        ContactKeyBlocks blocks = byType.get(contact.type());
        if (blocks == null) {
            return;
        }
        MatchRecordId id = MatchRecordId.of(contact.id().value());
        undo.putIfAbsent(id, new Undo(contact.type(), blocks.record(id)));
        put(contact);
    }

    /** Keeps what was stored since the last commit or roll-back: its transaction committed. */
    void commit() {
        undo.clear();
    }

    /** Forgets what was stored since the last commit or roll-back: its transaction rolled back. */
    void rollBack() {
        undo.forEach((id, change) -> {
            ContactKeyBlocks blocks = byType.get(change.type());
            blocks.remove(id);
            if (change.before() != null) {
                blocks.put(change.before());
            }
        });
        commit();
    }

    private void put(Contact contact) {
        ContactKeyBlocks blocks = byType.get(contact.type());
        if (blocks != null) {
            MatchRecord full = DuplicateService.recordOf(contact);
            blocks.remove(full.id());
            blocks.put(MatchRecord.of(full.id()).withName(contact.profile().displayName())
                    .withPhones(full.phones().toArray(String[]::new)).withVatNumber(full.vatNumber())
                    .withEmails(full.emails().toArray(String[]::new)));
        }
    }

    /** The default criteria of the type, comparing nothing but the strong keys, by them alone. */
    private static DuplicateCriteria criteria(ContactType type, Set<MatchField> keys, String phoneRegion) {
        DuplicateCriteria base = type == ContactType.COMPANY ? DuplicateCriteria.organisations()
                : DuplicateCriteria.persons();
        DuplicateCriteria reduced = base;
        for (MatchField field : EnumSet.copyOf(base.fields())) {
            if (!keys.contains(field)) {
                reduced = reduced.without(field);
            }
        }
        return reduced.withStrongKeys(keys.toArray(MatchField[]::new)).withDefaultRegion(phoneRegion);
    }
}
