package org.embedcrm.persistence.jpa;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.LanguageCode;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;

/**
 * Contacts and contact queries drawn from seeds. Everything depends on the seeds only, never on the store, so two
 * fixtures given the same seeds hold the same contacts (created in the same order, at the same instants) and are
 * asked the same queries, each in terms of its own tag, status and group ids.
 *
 * <p>Names mix case, accents, characters that lower-case into two, and LIKE's wildcards; several names share a
 * name key so that ties are broken by id. All text stays below U+D800, where Java's String order and the databases'
 * binary collations agree.
 */
final class RandomContacts {

    private static final List<String> FIRST_NAMES = List.of("Ada", "ada", "ÁDA", "Émile", "emile", "Zoë", "zoe",
            "Åsa", "İlker", "Øyvind", "Łukasz", "ß", "Ängel");
    private static final List<String> LAST_NAMES = List.of("Lovelace", "lovelace", "Élan", "Müller", "Mueller",
            "O'Brien", "d'Arc", "Zed");
    private static final List<String> COMPANIES = List.of("Initech", "INITECH", "50% Off_Deals!", "a\tb Corp",
            "Ünited", "zeta", "Zeta", "Ärzte GmbH", "東京 Trading", "100 % Bio");
    private static final List<String> DOMAINS = List.of("Example.ORG", "mail.example", "x-free.example");
    private static final List<String> NEEDLES = List.of("ada", "ÉMI", "zo", "ë", "%", "_", "!", "off_", "50%",
            "a\tb", "lace", "example.org", "EXAMPLE", ".1", "470", "0470 1", "+33 6", "12", "ß", "i̇", "d'", "東京");
    private static final List<String> COUNTRIES = List.of("BE", "FR", "DE");
    private static final List<String> LANGUAGES = List.of("nl", "fr", "en");
    private static final List<UserRef> USERS = List.of(UserRef.of("bob"), UserRef.of("carol"));
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1),
            LocalDate.of(2027, 1, 15));

    /**
     * What a fixture holds after {@link #seed}: the tenant's settings and contacts in creation order.
     *
     * @param tags     4 tags
     * @param statuses 3 contact statuses
     * @param groups   2 customer groups
     * @param contacts the contacts, as last stored
     */
    record Seeded(List<TagId> tags, List<ContactStatusId> statuses, List<CustomerGroupId> groups,
                  List<Contact> contacts) {
    }

    private RandomContacts() {
    }

    /** Defines the settings and creates one contact per seed, archiving some, at randomly spaced instants. */
    static Seeded seed(CrmFixture fixture, List<Long> contactSeeds) {
        Crm crm = fixture.crm();
        List<TagId> tags = List.of("VIP", "vip list", "Fair", "Prospect-2026").stream()
                .map(name -> crm.contactSettings().defineTag(name, null).id()).toList();
        List<ContactStatusId> statuses = List.of("Lead", "Qualified", "Won").stream()
                .map(name -> crm.contactSettings().defineStatus(name, null).id()).toList();
        List<CustomerGroupId> groups = List.of(
                crm.customerGroups().define("Wholesale", "WHS", null, BigDecimal.ONE, 1).id(),
                crm.customerGroups().define("Retail", "RTL", null, null, 0).id());
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < contactSeeds.size(); i++) {
            Random random = new Random(contactSeeds.get(i));
            // Zero minutes now and then: contacts created at the same instant, ordered by id.
            fixture.clock().advance(Duration.ofMinutes(random.nextInt(3)));
            Contact contact = crm.contacts().create(input(random, i, tags, statuses, groups));
            if (random.nextInt(4) == 0) {
                contact = crm.contacts().archive(contact.id());
            }
            contacts.add(contact);
        }
        return new Seeded(tags, statuses, groups, contacts);
    }

    private static ContactInput input(Random random, int index, List<TagId> tags, List<ContactStatusId> statuses,
                                      List<CustomerGroupId> groups) {
        ContactInput.Builder input = random.nextInt(3) == 0 ? ContactInput.company(pick(random, COMPANIES))
                : ContactInput.person(pick(random, FIRST_NAMES), pick(random, LAST_NAMES));
        int emails = random.nextInt(3);
        for (int e = 0; e < emails; e++) {
            input.email(pick(random, List.of("Ada", "zoe", "Info", "x")) + "." + index + "." + e + "@"
                    + pick(random, DOMAINS));
        }
        if (emails == 0 || random.nextBoolean()) {
            input.phone(random.nextBoolean() ? "+32 47" + digits(random, 7) : "+33 6 1" + digits(random, 7));
        }
        subset(random, tags).forEach(input::tag);
        subset(random, List.of(ContactRole.values())).forEach(input::role);
        subset(random, USERS).forEach(input::assignee);
        input.starRating(random.nextInt(4));
        orNone(random, statuses).ifPresent(input::status);
        orNone(random, groups).ifPresent(input::customerGroup);
        orNone(random, COUNTRIES).ifPresent(input::country);
        orNone(random, LANGUAGES).ifPresent(input::language);
        orNone(random, DATES).ifPresent(input::nextContactDate);
        return input.build();
    }

    /** @return a query with each criterion present by chance, a random order and page size */
    static ContactQuery query(Random random, Seeded seeded) {
        List<Instant> created = seeded.contacts().stream().map(Contact::createdAt).toList();
        ContactFilter filter = ContactFilter.activeContacts()
                .in(pick(random, List.of(ArchiveScope.values())))
                .matching(chance(random) ? text(random, seeded) : null)
                .ofType(chance(random) ? pick(random, List.of(ContactType.values())) : null)
                .inStatuses(chance(random) ? subset(random, seeded.statuses()) : null)
                .rated(chance(random) ? random.nextInt(4) : null, chance(random) ? random.nextInt(4) : null)
                .tagged(chance(random) ? subset(random, seeded.tags()) : null,
                        chance(random) ? subset(random, seeded.tags()) : null)
                .locatedIn(chance(random) ? CountryCode.of(pick(random, COUNTRIES)) : null,
                        chance(random) ? LanguageCode.of(pick(random, LANGUAGES)) : null)
                .withRoles(chance(random) ? subset(random, List.of(ContactRole.values())) : null)
                .ownedBy(chance(random) ? pick(random, USERS) : null,
                        chance(random) ? pick(random, seeded.groups()) : null)
                .createdBetween(chance(random) ? instantNear(random, created) : null,
                        chance(random) ? instantNear(random, created) : null);
        int pageSize = random.nextInt(5) == 0 ? 50 : 1 + random.nextInt(7);
        return new ContactQuery(filter, pick(random, List.of(ContactSort.values())), random.nextBoolean(), pageSize,
                null);
    }

    private static String text(Random random, Seeded seeded) {
        if (seeded.contacts().isEmpty() || random.nextBoolean()) {
            return pick(random, NEEDLES);
        }
        String name = pick(random, seeded.contacts()).profile().displayName();
        int from = random.nextInt(name.length());
        return name.substring(from, from + 1 + random.nextInt(Math.min(4, name.length() - from)));
    }

    private static Instant instantNear(Random random, List<Instant> created) {
        Instant at = created.isEmpty() ? Instant.parse("2026-03-02T09:00:00Z") : pick(random, created);
        return at.plusNanos(1000L * (random.nextInt(3) - 1));
    }

    private static boolean chance(Random random) {
        return random.nextInt(4) == 0;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Optional<T> orNone(Random random, List<T> values) {
        int choice = random.nextInt(values.size() + 1);
        return choice == values.size() ? Optional.empty() : Optional.of(values.get(choice));
    }

    private static <T> Set<T> subset(Random random, List<T> values) {
        Set<T> chosen = new HashSet<>();
        values.stream().filter(value -> random.nextInt(3) == 0).forEach(chosen::add);
        return chosen;
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
