package org.embedcrm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Writes a tenant's contacts straight into EmbedCRM's tables with JDBC batches, far faster than through the API, with
 * every column as the JPA store writes it (name keys, e-mail match keys, phone digits, the next-contact sort key), and
 * deletes the tenant's rows again. The data is varied but reproducible: a fixed random seed.
 */
final class ContactSeeder {

    /** Contacts whose display name holds this fragment; one last name in {@link #LAST_NAMES}. */
    static final String NAME_FRAGMENT = "peet";

    private static final List<String> FIRST_NAMES = List.of("Anna", "Bart", "Chloe", "Dirk", "Emma", "Filip", "Greet",
            "Hugo", "Ines", "Jan", "Katrien", "Lars", "Marie", "Niels", "Olivia", "Pieter");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leclercq",
            "Van den Berg", "Smits", "Schmidt", "Bernard", "Laurent");
    /** Countries, Belgium and the Netherlands more often than the others. */
    private static final List<String> COUNTRIES = List.of("BE", "BE", "BE", "NL", "NL", "FR", "DE", "LU");
    private static final Map<String, String> LANGUAGES = Map.of("BE", "nl", "NL", "nl", "FR", "fr", "DE", "de",
            "LU", "fr");
    private static final int BATCH = 1_000;
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    static final String INSERT_CONTACT = """
            insert into embedcrm_contacts (id, tenant_id, version, contact_type, display_name, name_key, first_name,
                last_name, country, language, role_customer, role_prospect, role_supplier, role_workshop, rating,
                next_contact_date, next_contact_key, created_at, created_by, updated_at)
            values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_EMAIL = """
            insert into embedcrm_contact_emails (contact_id, position, tenant_id, email, match_key, active_match_key)
            values (?, 0, ?, ?, ?, ?)""";
    static final String INSERT_PHONE = """
            insert into embedcrm_contact_phones (contact_id, position, tenant_id, e164, raw, digits)
            values (?, 0, ?, ?, ?, ?)""";
    private static final String INSERT_TAG_LINK =
            "insert into embedcrm_contact_tags (contact_id, tag_id, tenant_id) values (?, ?, ?)";

    /** Child tables before their parents, so that deleting in this order breaks no foreign key. */
    private static final List<String> TABLES = List.of("embedcrm_contact_tags", "embedcrm_contact_emails",
            "embedcrm_contact_phones", "embedcrm_contact_addresses", "embedcrm_contact_assignees",
            "embedcrm_contact_employments", "embedcrm_relationships", "embedcrm_contacts", "embedcrm_tags");

    private final DataSource dataSource;
    private final String tenant;
    private final String user;

    ContactSeeder(DataSource dataSource, TenantId tenant, UserRef user) {
        this.dataSource = dataSource;
        this.tenant = tenant.value();
        this.user = user.value();
    }

    /**
     * Inserts the contacts in one transaction, then refreshes the planner's statistics of the tables it wrote.
     *
     * @param count how many contacts
     * @param tags  the tenant's tags; about one contact in five carries one of them
     * @return the phone digits of one of the contacts, for a phone search
     */
    String seed(int count, List<UUID> tags) throws SQLException {
        Random random = new Random(42);
        String somePhone = null;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement contacts = connection.prepareStatement(INSERT_CONTACT);
                 PreparedStatement emails = connection.prepareStatement(INSERT_EMAIL);
                 PreparedStatement phones = connection.prepareStatement(INSERT_PHONE);
                 PreparedStatement tagLinks = connection.prepareStatement(INSERT_TAG_LINK)) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    addContact(contacts, emails, id, i, random);
                    String digits = addPhone(phones, id, random);
                    if (i == count / 2) {
                        somePhone = digits;
                    }
                    if (random.nextInt(5) == 0) {
                        tagLinks.setObject(1, id);
                        tagLinks.setObject(2, tags.get(random.nextInt(tags.size())));
                        tagLinks.setString(3, tenant);
                        tagLinks.addBatch();
                    }
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        for (PreparedStatement batch : List.of(contacts, emails, phones, tagLinks)) {
                            batch.executeBatch();
                        }
                    }
                }
            }
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("analyze embedcrm_contacts, embedcrm_contact_emails, embedcrm_contact_phones, "
                        + "embedcrm_contact_tags");
            }
        }
        return somePhone;
    }

    private void addContact(PreparedStatement contacts, PreparedStatement emails, UUID id, int index, Random random)
            throws SQLException {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        boolean company = random.nextInt(5) == 0;
        String displayName = company ? last + " Group " + index : first + " " + last + " " + index;
        String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        boolean customer = random.nextInt(5) < 2;
        LocalDate nextContact = random.nextInt(4) == 0 ? LocalDate.of(2026, 6, 1).plusDays(random.nextInt(90)) : null;
        Instant createdAt = NOW.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
        OffsetDateTime created = createdAt.atOffset(ZoneOffset.UTC);
        contacts.setObject(1, id);
        contacts.setString(2, tenant);
        contacts.setString(3, (company ? ContactType.COMPANY : ContactType.PERSON).name());
        contacts.setString(4, displayName);
        contacts.setString(5, Names.key(displayName));
        contacts.setString(6, company ? null : first);
        contacts.setString(7, company ? null : last);
        contacts.setString(8, country);
        contacts.setString(9, LANGUAGES.get(country));
        contacts.setBoolean(10, customer);
        contacts.setBoolean(11, !customer);
        contacts.setInt(12, random.nextInt(4));
        contacts.setObject(13, nextContact);
        contacts.setObject(14, nextContact == null ? ContactCursor.NO_NEXT_CONTACT : nextContact);
        contacts.setObject(15, created);
        contacts.setString(16, user);
        contacts.setObject(17, created);
        contacts.addBatch();

        String local = (company ? last : first + "." + last).replace(" ", "") + "." + index;
        emailRow(emails, id, tenant, new EmailAddress(local + "@example.com"));
    }

    /** Adds an active contact's e-mail row to the batch of {@link #INSERT_EMAIL}. */
    static void emailRow(PreparedStatement emails, UUID contact, String tenant, EmailAddress email)
            throws SQLException {
        emails.setObject(1, contact);
        emails.setString(2, tenant);
        emails.setString(3, email.value());
        emails.setString(4, email.matchKey());
        emails.setString(5, email.matchKey());
        emails.addBatch();
    }

    /** Adds a contact's phone row to the batch of {@link #INSERT_PHONE}. */
    static void phoneRow(PreparedStatement phones, UUID contact, String tenant, PhoneNumber phone)
            throws SQLException {
        phones.setObject(1, contact);
        phones.setString(2, tenant);
        phones.setString(3, phone.e164());
        phones.setString(4, phone.raw());
        phones.setString(5, phone.digits());
        phones.addBatch();
    }

    /** @return the phone's digits */
    private String addPhone(PreparedStatement phones, UUID id, Random random) throws SQLException {
        PhoneNumber phone = PhoneNumber.parse(String.format("+32470%06d", random.nextInt(1_000_000)), "BE");
        phoneRow(phones, id, tenant, phone);
        return phone.digits();
    }

    /** Deletes every row of the tenant in the tables the contacts live in, children first. */
    void deleteTenant() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String table : TABLES) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + table + " where tenant_id = ?")) {
                    delete.setString(1, tenant);
                    delete.executeUpdate();
                }
            }
            connection.commit();
        }
    }
}
