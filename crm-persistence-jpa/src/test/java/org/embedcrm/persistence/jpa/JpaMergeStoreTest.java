package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.persistence.jpa.Records.ALICE;
import static org.embedcrm.persistence.jpa.Records.MONDAY;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadConversion;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.merge.Tombstone;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CustomerTerms;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Employment;
import org.embedcrm.core.party.Relationship;
import org.embedcrm.core.party.RelationshipId;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.party.StarRating;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store's set-based merge moves do on every database beyond the merge contract: a person working at
 * both companies keeps one gapless list of employments, relationships keep the ordered pair their unique key needs
 * on ids of any UUID version, versions stay, and copies loaded earlier in the transaction are never handed out stale.
 */
abstract class JpaMergeStoreTest {

    private CrmFixture fixture;
    private TenantId tenant;

    protected abstract JpaCrmStore store();

    @BeforeEach
    void newFixture() {
        fixture = CrmFixture.on(store());
        tenant = fixture.tenant();
    }

    private ContactId company(ContactId primaryContact) {
        Contact company = PartyRecords.company(tenant, "Company", UUID.randomUUID() + "@example.org");
        Contact.Snapshot s = company.snapshot();
        return added(new Contact.Snapshot(s.id(), s.tenant(), 0, s.profile(), List.of(), primaryContact, s.roles(),
                s.status(), s.tags(), s.assignees(), s.rating(), s.internalNotes(), s.nextContactDate(),
                s.lastInteractionAt(), s.consent(), s.terms(), s.origin(), s.archivedAt(), s.createdAt(),
                s.createdBy(), s.updatedAt()));
    }

    private ContactId person(Employment... employments) {
        ContactProfile profile = new ContactProfile(ContactType.PERSON, "Ann Smith", "Ann", "Smith",
                List.of(EmailAddress.of(UUID.randomUUID() + "@example.org")), List.of(), null, List.of(), null, null,
                null, null, null);
        return added(new Contact.Snapshot(new ContactId(UUID.randomUUID()), tenant, 0, profile, List.of(employments),
                null, Set.of(), null, Set.of(), Set.of(), StarRating.none(), null, null, null, Consent.none(),
                CustomerTerms.none(), null, null, MONDAY, ALICE, MONDAY));
    }

    private ContactId added(Contact.Snapshot snapshot) {
        return fixture.inTransaction(() -> store().contacts().add(Contact.restore(snapshot))).id();
    }

    private Contact stored(ContactId id) {
        return fixture.inTransaction(() -> store().contacts().find(tenant, id).orElseThrow());
    }

    private static Employment at(ContactId company, String title) {
        return new Employment(company, title);
    }

    @Test
    @DisplayName("a person working at both companies keeps the first link, the links after the other move up")
    void employments() {
        ContactId from = company(null);
        ContactId x = company(null);
        ContactId y = company(null);
        ContactId z = company(null);
        ContactId to = company(from);
        ContactId both = person(at(x, "Advisor"), at(from, "Buyer"), at(y, null), at(to, "Boss"), at(z, "Chair"));
        ContactId targetFirst = person(at(to, "Owner"), at(y, null), at(from, "Clerk"), at(z, null));
        ContactId onlySource = person(at(from, "Clerk"));
        ContactId elsewhere = person(at(y, "Driver"));
        ContactId led = company(from);
        List<ContactId> all = List.of(both, targetFirst, onlySource, elsewhere, led, to);
        List<Long> versions = all.stream().map(id -> stored(id).version()).toList();

        List<Contact> inTransaction = fixture.inTransaction(() -> {
            all.forEach(id -> store().contacts().find(tenant, id).orElseThrow());
            int changed = store().contacts().reassignReferences(tenant, from, to);
            assertThat(changed).isEqualTo(5);
            return all.stream().map(id -> store().contacts().find(tenant, id).orElseThrow()).toList();
        });

        for (List<Contact> contacts : List.of(inTransaction, all.stream().map(this::stored).toList())) {
            assertThat(contacts.get(0).employments()).containsExactly(at(x, "Advisor"), at(to, "Buyer"),
                    at(y, null), at(z, "Chair"));
            assertThat(contacts.get(1).employments()).containsExactly(at(to, "Owner"), at(y, null), at(z, null));
            assertThat(contacts.get(2).employments()).containsExactly(at(to, "Clerk"));
            assertThat(contacts.get(3).employments()).containsExactly(at(y, "Driver"));
            assertThat(contacts.get(4).primaryContact()).contains(to);
            assertThat(contacts.get(5).primaryContact()).isEmpty();
            assertThat(contacts).extracting(Contact::version).containsExactlyElementsOf(versions);
        }
        assertThat(fixture.inTransaction(() -> store().contacts().employeesOf(tenant, from))).isEmpty();
    }

    @Test
    @DisplayName("moved relationships keep their direction and stay unique per pair either way round, whatever the ids")
    void relationships() {
        RelationshipType knows = fixture.inTransaction(() -> store().relationships().addType(new RelationshipType(
                new RelationshipTypeId(UUID.randomUUID()), tenant, 0, "Knows " + UUID.randomUUID(), null)));
        RelationshipType owns = fixture.inTransaction(() -> store().relationships().addType(new RelationshipType(
                new RelationshipTypeId(UUID.randomUUID()), tenant, 0, "Owns " + UUID.randomUUID(), null)));
        ContactId from = company(null);
        ContactId to = company(null);
        // Random (version 4) ids: MariaDB's uuid type orders them by rearranged fields, not as unsigned bytes.
        List<ContactId> others = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            others.add(company(null));
        }
        for (int i = 0; i < others.size(); i++) {
            relate(knows, i % 2 == 0 ? from : others.get(i), i % 2 == 0 ? others.get(i) : from);
        }
        relate(knows, to, others.get(0));
        relate(knows, to, others.get(1));
        relate(owns, from, others.get(0));
        relate(knows, from, to);
        relate(owns, to, from);

        int moved = fixture.inTransaction(() -> {
            store().relationships().of(tenant, from);
            return store().relationships().reassign(tenant, from, to);
        });

        assertThat(moved).isEqualTo(others.size() - 2 + 1);
        assertThat(fixture.inTransaction(() -> store().relationships().of(tenant, from))).isEmpty();
        List<Relationship> kept = fixture.inTransaction(() -> store().relationships().of(tenant, to));
        assertThat(kept).hasSize(others.size() + 1);
        assertThat(kept).filteredOn(r -> r.type().equals(owns.id())).extracting(Relationship::source,
                Relationship::target).containsExactly(tuple(to, others.get(0)));
        for (int i = 2; i < others.size(); i++) {
            ContactId other = others.get(i);
            assertThat(kept).filteredOn(r -> r.type().equals(knows.id())
                    && (r.source().equals(other) || r.target().equals(other)))
                    .extracting(Relationship::source).containsExactly(i % 2 == 0 ? to : other);
            assertThatCrmError(() -> relate(knows, to, other)).isA(ConflictException.class)
                    .hasCode("relationship.duplicate");
            assertThatCrmError(() -> relate(knows, other, to)).isA(ConflictException.class)
                    .hasCode("relationship.duplicate");
        }
    }

    private void relate(RelationshipType type, ContactId source, ContactId target) {
        fixture.inTransaction(() -> store().relationships().add(new Relationship(
                new RelationshipId(UUID.randomUUID()), tenant, type.id(), source, target, MONDAY, ALICE)));
    }

    @Test
    @DisplayName("leads converted into the source, or referred by it, point at the target; their versions stay")
    void leads() {
        ContactId from = company(null);
        ContactId to = company(null);
        ContactId other = company(null);
        LeadStatus status = fixture.inTransaction(() -> store().leadStatuses().add(
                LeadRecords.status(tenant, "New " + UUID.randomUUID())));
        Lead asCustomer = lead(status, null, new LeadConversion(MONDAY, ALICE, from, other, null));
        Lead asCompany = lead(status, null, new LeadConversion(MONDAY, ALICE, other, from, null));
        Lead referred = lead(status, from, null);
        Lead unrelated = lead(status, other, new LeadConversion(MONDAY, ALICE, other, to, null));

        int changed = fixture.inTransaction(() -> {
            store().leads().find(tenant, asCustomer.id()).orElseThrow();
            return store().leads().reassignContact(tenant, from, to);
        });

        assertThat(changed).isEqualTo(3);
        List<Lead> after = fixture.inTransaction(() -> List.of(asCustomer, asCompany, referred, unrelated).stream()
                .map(l -> store().leads().find(tenant, l.id()).orElseThrow()).toList());
        assertThat(after).extracting(l -> l.conversion().map(LeadConversion::customer).orElse(null),
                        l -> l.conversion().map(LeadConversion::company).orElse(null), l -> l.details().referent(),
                        Lead::version)
                .containsExactly(tuple(to, other, null, 0L), tuple(other, to, null, 0L), tuple(null, null, to, 0L),
                        tuple(other, to, other, 0L));
        assertThat(fixture.inTransaction(() -> store().leads().countForContact(tenant, from))).isZero();
    }

    private Lead lead(LeadStatus status, ContactId referent, LeadConversion conversion) {
        Lead.Snapshot s = LeadRecords.lead(status, "Lead " + UUID.randomUUID(), null).snapshot();
        LeadDetails d = s.details();
        Lead lead = Lead.restore(new Lead.Snapshot(s.id(), s.tenant(), 0, new LeadDetails(d.title(), null, null, null,
                null, null, null, null, referent), s.status(), s.assignee(), s.consent(), null, null, conversion,
                List.of(), s.createdAt(), s.createdBy(), s.updatedAt()));
        return fixture.inTransaction(() -> store().leads().add(lead));
    }

    @Test
    @DisplayName("a tombstone is found by the merged record in its tenant only; merges into a record come oldest first")
    void tombstones() {
        RecordRef into = RecordRef.of(new ContactId(UUID.randomUUID()));
        RecordRef later = RecordRef.of(new ContactId(UUID.randomUUID()));
        RecordRef earlier = RecordRef.of(new ContactId(UUID.randomUUID()));
        fixture.inTransaction(() -> {
            store().tombstones().add(new Tombstone(tenant, later, into, MONDAY.plusSeconds(60), ALICE));
            store().tombstones().add(new Tombstone(tenant, earlier, into, MONDAY, ALICE));
            return null;
        });

        assertThat(fixture.inTransaction(() -> store().tombstones().of(tenant, earlier)))
                .contains(new Tombstone(tenant, earlier, into, MONDAY, ALICE));
        assertThat(fixture.inTransaction(() -> store().tombstones().of(new TenantId("other-" + UUID.randomUUID()),
                earlier))).isEmpty();
        assertThat(fixture.inTransaction(() -> store().tombstones().mergedInto(tenant, into)))
                .containsExactly(earlier, later);
        assertThat(fixture.inTransaction(() -> store().tombstones().of(tenant, into))).isEmpty();
    }
}
