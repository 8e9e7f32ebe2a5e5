package org.embedcrm.testkit.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactCursor;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.shared.Names;

/** The order of a contact list as the databases produce it: the sort key, then the id as unsigned bytes. */
final class ContactOrder {

    private ContactOrder() {
    }

    static Comparator<Contact> of(ContactQuery query) {
        Comparator<Contact> byKey = switch (query.sort()) {
            case NAME -> Comparator.comparing(c -> Names.key(c.profile().displayName()));
            case CREATED -> Comparator.comparing(Contact::createdAt);
            case RATING -> Comparator.comparingInt(c -> c.rating().stars());
            case NEXT_CONTACT -> Comparator.comparing(c -> c.nextContactDate().orElse(ContactCursor.NO_NEXT_CONTACT));
        };
        Comparator<Contact> order = byKey.thenComparing(c -> c.id().value(), ContactOrder::compareUnsigned);
        return query.descending() ? order.reversed() : order;
    }

    /** @return whether the contact comes strictly after the cursor in the query's order */
    static boolean isAfter(ContactQuery query, Contact contact) {
        ContactCursor cursor = query.after();
        int byKey = switch (query.sort()) {
            case NAME -> Names.key(contact.profile().displayName()).compareTo(cursor.key());
            case CREATED -> contact.createdAt().compareTo(cursor.instantKey());
            case RATING -> Integer.compare(contact.rating().stars(), cursor.ratingKey());
            case NEXT_CONTACT -> contact.nextContactDate().orElse(ContactCursor.NO_NEXT_CONTACT)
                    .compareTo(LocalDate.parse(cursor.key()));
        };
        int comparison = byKey != 0 ? byKey : compareUnsigned(contact.id().value(), cursor.id().value());
        return query.descending() ? comparison < 0 : comparison > 0;
    }

    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
