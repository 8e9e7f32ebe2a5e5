package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityPriority;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.AuditChange;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.ChangeSetId;
import org.embedcrm.core.activity.EmailDetails;
import org.embedcrm.core.activity.EmailDirection;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderId;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store does for the activity context on every database beyond the port contracts: the timeline's order
 * on ids of any UUID version, the contact's last interaction written past a loaded copy, set-based reassignment of
 * child rows, and values that only survive a round trip when the mapping is right.
 */
abstract class JpaActivityStoreTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final UserRef ALICE = UserRef.of("alice");

    private CrmFixture fixture;
    private TenantId tenant;

    protected abstract JpaCrmStore store();

    @BeforeEach
    void newFixture() {
        fixture = CrmFixture.on(store());
        tenant = fixture.tenant();
    }

    private ContactId contact() {
        return fixture.crm().contacts().create(aPerson().build()).id();
    }

    private Interaction call(UUID id, ContactId contact, Instant at, Set<ContactId> participants) {
        return new Interaction(new InteractionId(id), tenant, InteractionKind.CALL, contact, null, null, "Call", null,
                at, ALICE, participants, null, null, null, null, at);
    }

    private Interaction stored(Interaction interaction) {
        return fixture.inTransaction(() -> store().interactions().add(interaction));
    }

    private Activity meeting(ContactId contact, Set<ContactId> attendees, List<Duration> reminders) {
        return new Activity(new ActivityId(UUID.randomUUID()), tenant, 0, ActivityKind.MEETING, null, "Meeting", null,
                NOON, NOON.plus(Duration.ofHours(1)), null, ALICE, Set.of(UserRef.of("bob")), attendees,
                ActivityStatus.PLANNED, ActivityPriority.NORMAL, contact, null, null, reminders, NOON, ALICE, NOON);
    }

    @Nested
    @DisplayName("the timeline's order")
    class Order {

        @Test
        @DisplayName("rows of one instant come by id as text, descending, for UUIDs of any version, page after page")
        void idsAsText() {
            ContactId ann = contact();
            List<UUID> ids = IntStream.range(0, 24).mapToObj(i -> UUID.randomUUID()).toList();
            ids.forEach(id -> stored(call(id, ann, NOON, Set.of())));
            List<String> expected = ids.stream().map(UUID::toString).sorted(Comparator.reverseOrder()).toList();

            List<String> paged = new ArrayList<>();
            TimelineCursor after = null;
            for (int page = 0; page < 10; page++) {
                TimelineCursor cursor = after;
                List<Interaction> rows = fixture.inTransaction(() -> store().interactions().timeline(tenant,
                        List.of(RecordRef.of(ann)), cursor, 5));
                rows.forEach(row -> paged.add(row.id().toString()));
                if (rows.size() < 5) {
                    break;
                }
                Interaction last = rows.get(rows.size() - 1);
                after = new TimelineCursor(last.occurredAt(), last.id().toString());
            }

            assertThat(paged).isEqualTo(expected);
        }

        @Test
        @DisplayName("a cursor whose id is not a UUID compares as text: past every UUID, the whole instant follows")
        void cursorPastEveryUuid() {
            ContactId ann = contact();
            stored(call(UUID.randomUUID(), ann, NOON, Set.of()));
            stored(call(UUID.randomUUID(), ann, NOON, Set.of()));
            stored(call(UUID.randomUUID(), ann, NOON.plusSeconds(1), Set.of()));

            List<Interaction> rows = fixture.inTransaction(() -> store().interactions().timeline(tenant,
                    List.of(RecordRef.of(ann)), new TimelineCursor(NOON, "ffffffff-ffff-ffff-ffff-ffffffffffff~"), 10));

            assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.occurredAt()).isEqualTo(NOON));
        }

        @Test
        @DisplayName("audit entries of one instant follow the same order")
        void auditEntries() {
            ContactId ann = contact();
            List<AuditEntry> entries = IntStream.range(0, 12).mapToObj(i -> new AuditEntry(UUID.randomUUID(), tenant,
                    new ChangeSetId(UUID.randomUUID()), RecordRef.of(ann), AuditChange.UPDATED, "field" + i, null,
                    "v", false, ALICE, NOON)).toList();
            fixture.inTransaction(() -> {
                store().auditTrail().record(entries);
                return null;
            });

            List<AuditEntry> read = fixture.inTransaction(() -> store().auditTrail().entries(tenant,
                    List.of(RecordRef.of(ann)), null, 100));

            assertThat(read).extracting(e -> e.id().toString()).filteredOn(id -> entries.stream()
                            .anyMatch(e -> e.id().toString().equals(id)))
                    .isEqualTo(entries.stream().map(e -> e.id().toString()).sorted(Comparator.reverseOrder()).toList());
        }
    }

    @Nested
    @DisplayName("a contact's last interaction")
    class LastInteraction {

        @Test
        @DisplayName("recorded in the transaction that loaded the contact, it is read back there, not the stale copy")
        void loadedCopyEvicted() {
            ContactId ann = contact();
            LocalDate next = LocalDate.of(2026, 3, 9);

            Contact read = fixture.inTransaction(() -> {
                store().contacts().find(tenant, ann).orElseThrow();
                store().contacts().recordInteraction(tenant, ann, NOON, next);
                store().contacts().recordInteraction(tenant, ann, NOON.minusSeconds(60), null);
                return store().contacts().find(tenant, ann).orElseThrow();
            });

            assertThat(read.lastInteractionAt()).contains(NOON);
            assertThat(read.nextContactDate()).contains(next);
            assertThat(fixture.crm().contacts().get(ann).lastInteractionAt()).contains(NOON);
        }

        @Test
        @DisplayName("an update from the copy loaded before keeps it and the version stays as it was")
        void updateKeepsIt() {
            ContactId ann = contact();
            Contact before = fixture.crm().contacts().get(ann);

            fixture.inTransaction(() -> {
                Contact loaded = store().contacts().find(tenant, ann).orElseThrow();
                store().contacts().recordInteraction(tenant, ann, NOON, null);
                return store().contacts().update(loaded);
            });

            Contact after = fixture.crm().contacts().get(ann);
            assertThat(after.lastInteractionAt()).contains(NOON);
            assertThat(after.version()).isEqualTo(before.version() + 1);
        }
    }

    @Nested
    @DisplayName("a merge's reassignment")
    class Reassignment {

        @Test
        @DisplayName("participants follow the contact kept, without repeating it or the interaction's own contact")
        void participants() {
            ContactId from = contact();
            ContactId to = contact();
            ContactId other = contact();
            Interaction withFrom = stored(call(UUID.randomUUID(), from, NOON, Set.of(to, other)));
            Interaction fromTakesPart = stored(call(UUID.randomUUID(), other, NOON, Set.of(from, to)));
            Interaction withTo = stored(call(UUID.randomUUID(), to, NOON, Set.of(from)));
            Interaction onlyFrom = stored(call(UUID.randomUUID(), other, NOON, Set.of(from)));

            int changed = fixture.inTransaction(() -> {
                store().interactions().find(tenant, withFrom.id()).orElseThrow();
                return store().interactions().reassign(tenant, RecordRef.of(from), RecordRef.of(to));
            });

            assertThat(changed).isEqualTo(4);
            assertThat(fixture.inTransaction(() -> List.of(withFrom, fromTakesPart, withTo, onlyFrom).stream()
                    .map(i -> store().interactions().find(tenant, i.id()).orElseThrow()).toList()))
                    .extracting(Interaction::contact, Interaction::participants)
                    .containsExactly(tuple(to, Set.of(other)),
                            tuple(other, Set.of(to)),
                            tuple(to, Set.of()),
                            tuple(other, Set.of(to)));
            assertThat(fixture.inTransaction(() -> store().interactions().count(tenant, RecordRef.of(from))))
                    .isZero();
            assertThat(fixture.inTransaction(() -> store().interactions().count(tenant, RecordRef.of(to))))
                    .isEqualTo(4);
        }

        @Test
        @DisplayName("attending contacts and linked leads follow too; an activity's version stays")
        void attendees() {
            ContactId from = contact();
            ContactId to = contact();
            Activity both = fixture.inTransaction(() -> store().activities().add(meeting(from, Set.of(from, to),
                    List.of())));
            LeadId oldLead = new LeadId(UUID.randomUUID());
            LeadId newLead = new LeadId(UUID.randomUUID());
            Activity aboutLead = fixture.inTransaction(() -> store().activities().add(new Activity(
                    new ActivityId(UUID.randomUUID()), tenant, 0, ActivityKind.TASK, null, "Task", null, NOON, NOON,
                    null, ALICE, Set.of(), Set.of(), ActivityStatus.OPEN, ActivityPriority.LOW, null, oldLead, null,
                    List.of(), NOON, ALICE, NOON)));

            int contacts = fixture.inTransaction(() -> store().activities().reassign(tenant, RecordRef.of(from),
                    RecordRef.of(to)));
            int leads = fixture.inTransaction(() -> store().activities().reassign(tenant, RecordRef.of(oldLead),
                    RecordRef.of(newLead)));

            Activity read = fixture.inTransaction(() -> store().activities().find(tenant, both.id()).orElseThrow());
            assertThat(contacts).isEqualTo(1);
            assertThat(leads).isEqualTo(1);
            assertThat(read.contact()).isEqualTo(to);
            assertThat(read.attendeeContacts()).containsExactly(to);
            assertThat(read.version()).isEqualTo(both.version());
            assertThat(fixture.inTransaction(() -> store().activities().find(tenant, aboutLead.id()).orElseThrow())
                    .lead()).isEqualTo(newLead);
        }
    }

    @Nested
    @DisplayName("values that need the right mapping")
    class RoundTrips {

        @Test
        @DisplayName("e-mail addresses with line breaks and backslashes, and empty copy lists, come back as they went")
        void recipients() {
            ContactId ann = contact();
            EmailDetails envelope = new EmailDetails(EmailDirection.INBOUND, null, "a@example.org",
                    List.of("odd\\name@example.org", "line\nbreak@example.org", ""), List.of(), null);
            Interaction email = new Interaction(new InteractionId(UUID.randomUUID()), tenant, InteractionKind.EMAIL,
                    ann, null, null, "Mail", null, NOON, ALICE, Set.of(), null, envelope, null, null, NOON);

            stored(email);

            assertThat(fixture.inTransaction(() -> store().interactions().find(tenant, email.id())))
                    .contains(email);
        }

        @Test
        @DisplayName("reminder offsets keep every nanosecond, in the order given")
        void durations() {
            List<Duration> offsets = List.of(Duration.ofDays(1), Duration.ofNanos(1_500), Duration.ZERO,
                    Duration.ofMinutes(15));
            Activity meeting = fixture.inTransaction(() -> store().activities().add(meeting(null, Set.of(),
                    offsets)));
            Reminder reminder = new Reminder(new ReminderId(UUID.randomUUID()), tenant, meeting.id(),
                    Duration.ofNanos(1_500), NOON.minusNanos(1_000), null);
            fixture.inTransaction(() -> {
                store().reminders().add(List.of(reminder));
                return null;
            });

            assertThat(fixture.inTransaction(() -> store().activities().find(tenant, meeting.id())).orElseThrow()
                    .reminders()).isEqualTo(offsets);
            assertThat(fixture.inTransaction(() -> store().reminders().of(tenant, meeting.id())))
                    .extracting(Reminder::before).containsExactly(Duration.ofNanos(1_500));
        }

        @Test
        @DisplayName("audit values of any length are kept whole and erased in one update")
        void longValues() {
            ContactId ann = contact();
            String description = "x".repeat(200_000);
            AuditEntry entry = new AuditEntry(UUID.randomUUID(), tenant, new ChangeSetId(UUID.randomUUID()),
                    RecordRef.of(ann), AuditChange.UPDATED, "profile.description", description, description + "y",
                    true, ALICE, NOON);
            fixture.inTransaction(() -> {
                store().auditTrail().record(List.of(entry));
                return null;
            });

            List<AuditEntry> read = fixture.inTransaction(() -> store().auditTrail().entries(tenant,
                    List.of(RecordRef.of(ann)), new TimelineCursor(NOON.plusSeconds(1), ""), 10));
            int erased = fixture.inTransaction(() -> store().auditTrail().erasePersonalValues(tenant,
                    RecordRef.of(ann)));

            assertThat(read).filteredOn(e -> e.change() == AuditChange.UPDATED).containsExactly(entry);
            assertThat(erased).isEqualTo(1);
        }
    }
}
