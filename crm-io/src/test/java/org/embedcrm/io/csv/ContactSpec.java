package org.embedcrm.io.csv;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.generator.Generator;

/**
 * A contact to create, its tags, status and group named (the ids differ per tenant), with text that CSV and
 * spreadsheets find hard: separators, quotes, line breaks, formula characters, accents.
 */
record ContactSpec(ContactInput input, Set<String> tags, String status, String group, boolean refusesCalls,
                   boolean refusesMails) {

    static final List<String> TAGS = List.of("VIP", "Fair; 2026", "Back\\slash", "Ünïcode");
    static final List<String> STATUSES = List.of("New", "Hot", "=Cold");
    static final List<String> GROUPS = List.of("WHL", "RETAIL");

    private static final List<String> TEXT = List.of("plain", "with, comma", "with; semicolon", "\"quoted\"",
            "two\nlines", "=1+2", "+32", "-minus", "@at", "'apostrophe", "'=marked", "Zoë Ødegård", "tab\tinside",
            "café ☕");

    /** @return contacts whose e-mail addresses are unique to their index */
    static Generator<ContactSpec> generator(int index) {
        return random -> {
            boolean person = random.nextBoolean();
            ContactInput.Builder b = person ? ContactInput.person(text(random), text(random))
                    : ContactInput.company(text(random) + " " + index);
            boolean reachedByMail = random.nextInt(5) > 0;
            if (reachedByMail) {
                b.email("c" + index + "@example.org");
                if (random.nextBoolean()) {
                    b.email("C" + index + ".Other@Example.org");
                }
            }
            if (!reachedByMail || random.nextBoolean()) {
                b.phone(String.format("0470 %02d %02d %02d", index % 100, random.nextInt(100), random.nextInt(100)));
            }
            if (random.nextBoolean()) {
                b.phone("+32 2 " + (500 + index % 400) + " 00 " + String.format("%02d", random.nextInt(100)));
            }
            if (random.nextBoolean()) {
                b.billingAddress(new Address(text(random), "City", random.nextBoolean() ? "Region" : null, "1000",
                        random.nextBoolean() ? CountryCode.of("BE") : null));
            }
            if (random.nextBoolean()) {
                b.deliveryAddress(new Address("Dock " + random.nextInt(9), null, null, "2000", CountryCode.of("NL")));
            }
            b.website(maybe(random, "https://example.org/" + index)).industry(maybe(random, text(random)))
                    .description(maybe(random, text(random) + " " + text(random)))
                    .language(maybe(random, "nl")).country(maybe(random, "BE"))
                    .internalNotes(maybe(random, text(random))).origin(maybe(random, text(random)))
                    .vatNumber(random.nextInt(4) == 0 ? "be 0428.759.497" : null)
                    .documentLanguage(maybe(random, "fr"));
            for (ContactRole role : ContactRole.values()) {
                if (random.nextInt(3) == 0) {
                    b.role(role);
                }
            }
            for (String user : List.of("alice", "bob;x", "carol")) {
                if (random.nextInt(3) == 0) {
                    b.assignee(UserRef.of(user));
                }
            }
            b.starRating(random.nextInt(4));
            if (random.nextBoolean()) {
                b.nextContactDate(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)));
            }
            if (random.nextBoolean()) {
                b.paymentTerms(random.nextBoolean() ? PaymentTerms.net(random.nextInt(91))
                        : PaymentTerms.named(random.nextBoolean() ? "End of month" : "Cash, on delivery"));
            }
            if (random.nextBoolean()) {
                b.creditLimit(Money.of(java.math.BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(3)),
                        Money.currency(random.nextBoolean() ? "EUR" : "USD")));
            }
            Set<String> tags = new LinkedHashSet<>();
            TAGS.stream().filter(t -> random.nextInt(3) == 0).forEach(tags::add);
            return new ContactSpec(b.build(), tags, random.nextBoolean() ? pick(random, STATUSES) : null,
                    random.nextBoolean() ? pick(random, GROUPS) : null, random.nextInt(4) == 0,
                    random.nextInt(4) == 0);
        };
    }

    /** Defines the tags, statuses and groups every spec may name. */
    static void defineSettings(Crm crm) {
        TAGS.forEach(t -> crm.contactSettings().defineTag(t, null));
        STATUSES.forEach(s -> crm.contactSettings().defineStatus(s, null));
        GROUPS.forEach(g -> crm.customerGroups().define("Group " + g, g, null, null, 0));
    }

    /** @return the contact created in the CRM's tenant, whose settings are defined */
    Contact createIn(Crm crm) {
        Set<TagId> tagIds = new LinkedHashSet<>();
        crm.contactSettings().tags().stream().filter(t -> tags.contains(t.name())).forEach(t -> tagIds.add(t.id()));
        ContactStatusId statusId = crm.contactSettings().statuses().stream().filter(s -> s.name().equals(status))
                .map(ContactStatus::id).findFirst().orElse(null);
        CustomerGroupId groupId = crm.customerGroups().all().stream().filter(g -> g.code().equals(group))
                .map(CustomerGroup::id).findFirst().orElse(null);
        ContactInput in = input;
        Contact created = crm.contacts().create(new ContactInput(in.type(), in.displayName(), in.firstName(),
                in.lastName(), in.emails(), in.phones(), in.billingAddress(), in.deliveryAddresses(), in.website(),
                in.industry(), in.description(), in.language(), in.country(), in.roles(), statusId, tagIds,
                in.assignees(), in.starRating(), in.internalNotes(), in.nextContactDate(), in.paymentTerms(),
                in.creditLimit(), in.vatNumber(), groupId, in.documentLanguage(), in.origin()));
        return refusesCalls || refusesMails ? crm.contacts().recordConsent(created.id(), refusesCalls, refusesMails)
                : created;
    }

    private static String text(Random random) {
        return pick(random, TEXT);
    }

    private static String maybe(Random random, String value) {
        return random.nextBoolean() ? value : null;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
