package org.embedcrm.examples;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Employment;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.party.StarRating;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;

/**
 * Draws contacts as text tables: a contact list (name, type, country, rating, roles, group, tags, phone, VAT) and
 * the people of a company (name, job title, e-mail, phone, primary contact). Contacts carry the ids of their tags and
 * customer group; the printer names them from the lists it is given.
 */
final class ContactPrinter {

    private final Map<TagId, String> tagNames = new HashMap<>();
    private final Map<CustomerGroupId, String> groupCodes = new HashMap<>();

    /**
     * @param tags   the tenant's tags; never null
     * @param groups the tenant's customer groups; never null
     */
    ContactPrinter(List<Tag> tags, List<CustomerGroup> groups) {
        tags.forEach(tag -> tagNames.put(tag.id(), tag.name()));
        groups.forEach(group -> groupCodes.put(group.id(), group.code()));
    }

    /**
     * @param contacts the contacts, in the order to show; never null
     * @return a table with one row per contact, lines ending in {@code \n}
     */
    String list(List<Contact> contacts) {
        TextTable table = new TextTable(List.of("Name", "Type", "Country", "Rating", "Roles", "Group", "Tags",
                "Phone", "VAT"));
        for (Contact contact : contacts) {
            table.row(List.of(contact.profile().displayName(),
                    contact.type().name().toLowerCase(Locale.ROOT),
                    contact.profile().country() == null ? "" : contact.profile().country().value(),
                    stars(contact.rating()),
                    roles(contact),
                    contact.terms().customerGroup() == null ? "" : groupCodes.getOrDefault(
                            contact.terms().customerGroup(), "?"),
                    contact.tags().stream().map(id -> tagNames.getOrDefault(id, "?")).sorted()
                            .collect(Collectors.joining(", ")),
                    contact.profile().primaryPhone().map(PhoneNumber::e164).orElse(""),
                    contact.terms().vatNumber() == null ? "" : contact.terms().vatNumber().value()));
        }
        return table.render();
    }

    /**
     * @param company a company contact; never null
     * @param people  the persons working at it; never null
     * @return a table with one row per person, by name, lines ending in {@code \n}
     */
    static String people(Contact company, List<Contact> people) {
        ContactId primary = company.primaryContact().orElse(null);
        TextTable table = new TextTable(List.of("Name", "Job title", "E-mail", "Phone", ""));
        people.stream().sorted(Comparator.comparing(p -> p.profile().displayName())).forEach(person -> table.row(List.of(
                person.profile().displayName(),
                person.employments().stream().filter(e -> e.company().equals(company.id()))
                        .map(Employment::jobTitle).filter(Objects::nonNull).findFirst().orElse(""),
                person.profile().primaryEmail().map(EmailAddress::value).orElse(""),
                person.profile().primaryPhone().map(PhoneNumber::e164).orElse(""),
                person.id().equals(primary) ? "primary contact" : "")));
        return table.render();
    }

    /**
     * @param rating a rating; never null
     * @return its stars as {@code *}, padded with {@code -} to three: {@code **-}
     */
    static String stars(StarRating rating) {
        return "*".repeat(rating.stars()) + "-".repeat(StarRating.MAX - rating.stars());
    }

    private static String roles(Contact contact) {
        return contact.roles().stream().sorted(Comparator.comparing(ContactRole::ordinal))
                .map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
