package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.persistence.jpa.PartyRecords.archivedAt;
import static org.embedcrm.persistence.jpa.PartyRecords.company;
import static org.embedcrm.persistence.jpa.PartyRecords.withEmails;
import static org.embedcrm.persistence.jpa.PartyRecords.withTags;
import static org.embedcrm.persistence.jpa.Records.MONDAY;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.internal.TimeOrderedIds;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.port.IdGenerator;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store does with the party context on every database beyond the contracts, whose services check the
 * unique keys before the database does: the schema's unique keys and versions turned into the core's conflicts, child
 * rows rewritten without tripping those keys, and the list order and text matching of the in-memory store.
 */
abstract class JpaPartyStoreTest {

    private final TenantId tenant = CrmFixture.freshTenant();

    protected abstract JpaCrmStore store();

    private static void assertConflict(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Nested
    @DisplayName("a unique key taken by a concurrent writer")
    class UniqueKeys {

        @Test
        @DisplayName("two active contacts holding one e-mail address, whatever its case, conflict with"
                + " contact.email-taken")
        void email() {
            store().contacts().add(company(tenant, "Initech", "Info@initech.example"));

            assertConflict(() -> store().contacts().add(company(tenant, "Initrode", "INFO@Initech.example")),
                    "contact.email-taken");
        }

        @Test
        @DisplayName("an archived contact's address is free for an active one; reactivating the archived one conflicts")
        void archivedEmail() {
            Contact archived = store().contacts().add(
                    archivedAt(company(tenant, "Initech", "info@initech.example"), MONDAY));
            store().contacts().add(company(tenant, "Initech 2.0", "info@initech.example"));

            assertConflict(() -> store().contacts().update(archivedAt(archived, null)), "contact.email-taken");
            assertThat(store().contacts().activeWithEmail(tenant, EmailAddress.of("INFO@initech.example")))
                    .map(c -> c.profile().displayName()).contains("Initech 2.0");
        }

        @Test
        @DisplayName("two addresses of one contact swap places without tripping the key")
        void swappedEmails() {
            Contact added = store().contacts().add(
                    company(tenant, "Initech", "a@initech.example", "b@initech.example"));

            Contact swapped = store().contacts().update(withEmails(added, "b@initech.example", "a@initech.example"));

            assertThat(swapped.profile().emails()).extracting(EmailAddress::value)
                    .containsExactly("b@initech.example", "a@initech.example");
            assertThat(store().contacts().find(tenant, added.id()).orElseThrow().profile().primaryEmail())
                    .contains(EmailAddress.of("b@initech.example"));
        }

        @Test
        @DisplayName("tags, statuses and relationship types named alike regardless of case, and customer groups with"
                + " one code, conflict with their own codes")
        void settings() {
            store().tags().add(new Tag(new TagId(UUID.randomUUID()), tenant, 0, "VIP", null));
            store().contactStatuses().add(new ContactStatus(new ContactStatusId(UUID.randomUUID()), tenant, 0, "Lead",
                    null, 0));
            store().customerGroups().add(group("Wholesale", "whs"));
            store().relationships().addType(new RelationshipType(new RelationshipTypeId(UUID.randomUUID()), tenant,
                    0, "Referral", null));

            assertConflict(() -> store().tags().add(new Tag(new TagId(UUID.randomUUID()), tenant, 0, " vip ", null)),
                    "tag.name-taken");
            assertConflict(() -> store().contactStatuses().add(new ContactStatus(
                    new ContactStatusId(UUID.randomUUID()), tenant, 0, "LEAD", null, 1)), "contact-status.name-taken");
            assertConflict(() -> store().customerGroups().add(group("Resellers", "WHS")), "customer-group.code-taken");
            assertConflict(() -> store().relationships().addType(new RelationshipType(
                    new RelationshipTypeId(UUID.randomUUID()), tenant, 0, "referral", "Referred by")),
                    "relationship-type.name-taken");
        }

        @Test
        @DisplayName("a contact or a tag added a second time conflicts with contact.exists or tag.exists")
        void addedTwice() {
            Contact contact = company(tenant, "Initech", "info@initech.example");
            Tag tag = new Tag(new TagId(UUID.randomUUID()), tenant, 0, "VIP", null);
            store().contacts().add(contact);
            store().tags().add(tag);

            assertConflict(() -> store().contacts().add(archivedAt(contact, MONDAY)), "contact.exists");
            assertConflict(() -> store().tags().add(tag), "tag.exists");
        }

        private CustomerGroup group(String name, String code) {
            return new CustomerGroup(new CustomerGroupId(UUID.randomUUID()), tenant, 0, name, code, null, null, 0,
                    true);
        }
    }

    @Nested
    @DisplayName("versions")
    class Versions {

        @Test
        @DisplayName("a contact starts at version 0 and every update adds exactly one, a change of its tags alone or"
                + " no change at all included")
        void increments() {
            Tag vip = store().tags().add(new Tag(new TagId(UUID.randomUUID()), tenant, 0, "VIP", null));
            Contact added = store().contacts().add(company(tenant, "Initech", "info@initech.example"));

            Contact tagged = store().contacts().update(withTags(added, vip.id()));
            Contact unchanged = store().contacts().update(tagged);

            assertThat(List.of(added.version(), tagged.version(), unchanged.version())).containsExactly(0L, 1L, 2L);
            assertThat(store().contacts().find(tenant, added.id()).orElseThrow().tags()).containsExactly(vip.id());
        }

        @Test
        @DisplayName("an update or removal based on an old version conflicts with stale-version and changes nothing")
        void stale() {
            Contact added = store().contacts().add(company(tenant, "Initech", "info@initech.example"));
            store().contacts().update(withEmails(added, "office@initech.example"));

            assertConflict(() -> store().contacts().update(withEmails(added, "sales@initech.example")),
                    "stale-version");
            assertConflict(() -> store().contacts().remove(added), "stale-version");
            assertThat(store().contacts().find(tenant, added.id()).orElseThrow().profile().primaryEmail())
                    .contains(EmailAddress.of("office@initech.example"));
        }
    }

    @Nested
    @DisplayName("the contact list")
    class Listing {

        // Time-ordered ids as the core generates them: MariaDB orders UUIDs of versions 1 to 5 by a byte order of
        // its own, so only those ids tie-break as unsigned bytes there.
        @Test
        @DisplayName("names sort as Java compares their lower-cased form, ties by id: no linguistic collation, no"
                + " padding")
        void javaStringOrder() {
            IdGenerator ids = new TimeOrderedIds(Clock.systemUTC());
            List<Contact> added = Stream.of("émile", "a", "a\tb", "a b", "ab", "Äb", "zz", "Émile", "Zoë", "東京")
                    .map(name -> store().contacts().add(
                            company(new ContactId(ids.next()), tenant, name, UUID.randomUUID() + "@x.example")))
                    .toList();
            List<ContactId> expected = added.stream()
                    .sorted(Comparator.<Contact, String>comparing(c -> Names.key(c.profile().displayName()))
                            .thenComparing(c -> c.id().value(), JpaPartyStoreTest::compareUnsigned))
                    .map(Contact::id).toList();

            assertThat(firstPage(ContactFilter.activeContacts())).isEqualTo(expected);
        }

        @Test
        @DisplayName("text holding LIKE's wildcards or its escape character matches them literally")
        void wildcards() {
            Contact deals = store().contacts().add(company(tenant, "50% Off_Deals!", "sales@deals.example"));
            Contact underscore = store().contacts().add(company(tenant, "Initech", "first_last@initech.example"));
            store().contacts().add(company(tenant, "500 Offers", "firstXlast@offers.example"));

            assertThat(firstPage(ContactFilter.activeContacts().matching("50% off_"))).containsExactly(deals.id());
            assertThat(firstPage(ContactFilter.activeContacts().matching("s!"))).containsExactly(deals.id());
            assertThat(firstPage(ContactFilter.activeContacts().matching("t_l"))).containsExactly(underscore.id());
            assertThat(firstPage(ContactFilter.activeContacts().matching("%"))).containsExactly(deals.id());
        }

        private List<ContactId> firstPage(ContactFilter filter) {
            return store().contacts().search(tenant, ContactQuery.firstPage(filter)).contacts().stream()
                    .map(Contact::id).toList();
        }
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
