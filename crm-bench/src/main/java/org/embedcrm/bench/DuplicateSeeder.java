package org.embedcrm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.core.party.ContactCursor;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * Writes persons with planted duplicates straight into EmbedCRM's tables with JDBC batches, every column as the JPA
 * store writes it. Names are made of syllables (about 8,000 last names, 400 first names), so blocks stay of realistic
 * size; three in five e-mail addresses are at a free-mail domain, the others at one of 20,000 company domains; phones
 * are Belgian mobile numbers. One person in {@value #COPY_EVERY} gets a copy typed in again: the first name with one
 * letter changed, another e-mail address at Gmail and the same phone number written nationally. Reproducible: a fixed
 * random seed.
 */
final class DuplicateSeeder {

    /** One person in this many is copied. */
    static final int COPY_EVERY = 50;

    private static final List<String> SYLLABLES = List.of("ba", "ker", "van", "den", "mo", "ra", "li", "ste", "jan",
            "sen", "de", "wit", "ma", "es", "pe", "ter", "go", "dri", "vos", "lan");
    private static final List<String> FREE_MAIL = List.of("gmail.com", "hotmail.com", "outlook.com", "telenet.be",
            "yahoo.com");
    private static final int BATCH = 1_000;
    private static final Instant CREATED = Instant.parse("2026-06-01T09:00:00Z");

    private final DataSource dataSource;
    private final String tenant;
    private final String user;

    DuplicateSeeder(DataSource dataSource, TenantId tenant, UserRef user) {
        this.dataSource = dataSource;
        this.tenant = tenant.value();
        this.user = user.value();
    }

    /**
     * A planted duplicate.
     *
     * @param original the person
     * @param copy     the copy typed in again
     */
    record Planted(UUID original, UUID copy) {

        /** @return both ids as the match record ids of a pair */
        Set<String> ids() {
            return Set.of(original.toString(), copy.toString());
        }
    }

    /**
     * Inserts the persons and their copies in one transaction, batches of {@value #BATCH}.
     *
     * @param count how many persons, copies included
     * @return the planted duplicates
     */
    List<Planted> seed(int count) throws SQLException {
        Random random = new Random(42);
        List<Planted> planted = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement contacts = connection.prepareStatement(ContactSeeder.INSERT_CONTACT);
                 PreparedStatement emails = connection.prepareStatement(ContactSeeder.INSERT_EMAIL);
                 PreparedStatement phones = connection.prepareStatement(ContactSeeder.INSERT_PHONE)) {
                Rows rows = new Rows(contacts, emails, phones);
                for (int i = 0; i < count; i++) {
                    String first = capitalised(syllables(random, 2));
                    String last = capitalised(syllables(random, 3));
                    String digits = String.format("47%07d", random.nextInt(10_000_000));
                    String domain = random.nextInt(5) < 3 ? FREE_MAIL.get(random.nextInt(FREE_MAIL.size()))
                            : "firm" + random.nextInt(20_000) + ".example";
                    UUID original = rows.add(first, last, first.toLowerCase() + "." + last.toLowerCase() + "." + i
                            + "@" + domain, "+32" + digits);
                    if (i % COPY_EVERY == 0 && i + 1 < count) {
                        i++;
                        UUID copy = rows.add(typo(first, random), last, "c" + i + "." + last.toLowerCase()
                                + "@gmail.com", "0" + digits);
                        planted.add(new Planted(original, copy));
                    }
                    if (rows.added % BATCH == 0) {
                        rows.flush();
                    }
                }
                rows.flush();
            }
            connection.commit();
        }
        return planted;
    }

    private static String syllables(Random random, int count) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        return name.toString();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** @return the name with one letter after the first replaced */
    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 1);
        return name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
    }

    /** The three batches of one person's rows. */
    private final class Rows {

        private final PreparedStatement contacts;
        private final PreparedStatement emails;
        private final PreparedStatement phones;
        private int added;

        Rows(PreparedStatement contacts, PreparedStatement emails, PreparedStatement phones) {
            this.contacts = contacts;
            this.emails = emails;
            this.phones = phones;
        }

        UUID add(String first, String last, String address, String phoneNumber) throws SQLException {
            UUID id = UUID.randomUUID();
            String displayName = first + " " + last;
            OffsetDateTime created = CREATED.atOffset(ZoneOffset.UTC);
            contacts.setObject(1, id);
            contacts.setString(2, tenant);
            contacts.setString(3, ContactType.PERSON.name());
            contacts.setString(4, displayName);
            contacts.setString(5, Names.key(displayName));
            contacts.setString(6, first);
            contacts.setString(7, last);
            contacts.setString(8, "BE");
            contacts.setString(9, "nl");
            contacts.setBoolean(10, false);
            contacts.setBoolean(11, true);
            contacts.setInt(12, 0);
            contacts.setObject(13, null);
            contacts.setObject(14, ContactCursor.NO_NEXT_CONTACT);
            contacts.setObject(15, created);
            contacts.setString(16, user);
            contacts.setObject(17, created);
            contacts.addBatch();
            ContactSeeder.emailRow(emails, id, tenant, new EmailAddress(address));
            ContactSeeder.phoneRow(phones, id, tenant, PhoneNumber.parse(phoneNumber, "BE"));
            added++;
            return id;
        }

        void flush() throws SQLException {
            for (PreparedStatement batch : List.of(contacts, emails, phones)) {
                batch.executeBatch();
            }
        }
    }
}
