package org.embedcrm.testkit.inmemory;

import java.util.Locale;
import java.util.function.Predicate;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.Names;

/** A {@link ContactFilter} as a predicate: the reference semantics the database adapters must reproduce. */
final class ContactMatcher implements Predicate<Contact> {

    private final ContactFilter f;

    ContactMatcher(ContactFilter filter) {
        this.f = filter;
    }

    @Override
    public boolean test(Contact c) {
        return archiveMatches(c) && textMatches(c)
                && (f.type() == null || c.type() == f.type())
                && (f.statuses().isEmpty() || c.status().filter(f.statuses()::contains).isPresent())
                && (f.minRating() == null || c.rating().stars() >= f.minRating())
                && (f.exactRating() == null || c.rating().stars() == f.exactRating())
                && (f.anyTags().isEmpty() || f.anyTags().stream().anyMatch(c.tags()::contains))
                && c.tags().containsAll(f.allTags())
                && (f.country() == null || f.country().equals(c.profile().country()))
                && (f.language() == null || f.language().equals(c.profile().language()))
                && (f.roles().isEmpty() || f.roles().stream().anyMatch(c.roles()::contains))
                && (f.assignee() == null || c.assignees().contains(f.assignee()))
                && (f.customerGroup() == null || f.customerGroup().equals(c.terms().customerGroup()))
                && (f.createdFrom() == null || !c.createdAt().isBefore(f.createdFrom()))
                && (f.createdBefore() == null || c.createdAt().isBefore(f.createdBefore()));
    }

    private boolean archiveMatches(Contact c) {
        return switch (f.archive()) {
            case ACTIVE -> !c.isArchived();
            case ARCHIVED -> c.isArchived();
            case ALL -> true;
        };
    }

    private boolean textMatches(Contact c) {
        if (f.text() == null) {
            return true;
        }
        String needle = f.text().toLowerCase(Locale.ROOT);
        String digits = f.textDigits();
        return Names.key(c.profile().displayName()).contains(needle)
                || c.profile().emails().stream().map(EmailAddress::matchKey).anyMatch(e -> e.contains(needle))
                || digits != null && c.profile().phones().stream().map(PhoneNumber::digits).anyMatch(d -> d.contains(digits));
    }
}
