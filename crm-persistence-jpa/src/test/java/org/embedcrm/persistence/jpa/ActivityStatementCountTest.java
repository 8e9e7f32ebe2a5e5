package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.AuditChange;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.ChangeSetId;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the SQL statements the activity context costs on H2")
class ActivityStatementCountTest {

    private static final StatementCounter statements = new StatementCounter();
    private static final UserRef BOB = UserRef.of("bob");

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2)
            .with("hibernate.session_factory.statement_inspector", statements);

    @Test
    @DisplayName("a timeline page asks each store source once, as the timeline service does: the interactions and"
            + " their participants, the activities and their attending users and contacts, the audit entries:"
            + " 6 statements for 3 items as for 60")
    void timelinePage() {
        List<String> few = timelinePageOf(1);
        List<String> many = timelinePageOf(20);

        System.out.println("timeline page: " + few.size() + " statements (3 items), " + many.size()
                + " statements (60 items)");
        assertThat(few).containsExactly("select", "select", // interactions, participants
                "select", "select", "select", // activities, attending users, attending contacts
                "select"); // audit entries
        assertThat(many).isEqualTo(few);
    }

    @Test
    @DisplayName("the audit entries of one change go in JDBC batches of one prepared insert: 1 statement for 1 entry as"
            + " for 101 (sent as batches of 100), where each row would cost an insert of its own without batching")
    void auditBatch() {
        CrmFixture fixture = CrmFixture.on(store.get());

        List<String> one = record(fixture, 1);
        List<String> hundred = record(fixture, 100);
        List<String> hundredAndOne = record(fixture, 101);

        System.out.println("audit trail: " + one.size() + " statement (1 entry), " + hundred.size()
                + " (100 entries), " + hundredAndOne.size() + " (101 entries)");
        assertThat(one).containsExactly("insert");
        assertThat(hundred).isEqualTo(one);
        assertThat(hundredAndOne).isEqualTo(one);
    }

    @Test
    @DisplayName("a claim, the last interaction and an erasure are one update each; the task counts one select")
    void singleStatements() {
        CrmFixture fixture = CrmFixture.on(store.get());
        Contact ann = fixture.crm().contacts().create(aPerson().build());
        Activity task = fixture.crm().activities().plan(PlanActivity.task("Call back", fixture.clock().instant())
                .remindBefore(Duration.ZERO));
        Reminder reminder = fixture.crm().activities().remindersOf(task.id()).get(0);
        Instant now = fixture.clock().instant();

        assertThat(counted(() -> fixture.inTransaction(() -> store.get().reminders().claim(fixture.tenant(),
                reminder.id(), now)))).containsExactly("update");
        assertThat(counted(() -> fixture.inTransaction(() -> {
            store.get().contacts().recordInteraction(fixture.tenant(), ann.id(), now, null);
            return null;
        }))).containsExactly("update");
        assertThat(counted(() -> fixture.inTransaction(() -> store.get().auditTrail()
                .erasePersonalValues(fixture.tenant(), RecordRef.of(ann.id()))))).containsExactly("update");
        assertThat(counted(() -> fixture.crm().activities().tasksByStatus())).containsExactly("select");
    }

    private static List<String> timelinePageOf(int rounds) {
        CrmFixture fixture = CrmFixture.on(store.get());
        Crm crm = fixture.crm();
        Contact ann = crm.contacts().create(aPerson().build());
        Contact bob = crm.contacts().create(aPerson().build());
        fixture.clock().advance(Duration.ofDays(1));
        for (int i = 0; i < rounds; i++) {
            Instant at = fixture.clock().instant().minus(Duration.ofMinutes(100 - i));
            crm.interactions().log(LogInteraction.call(ann.id(), "Call " + i).at(at)
                    .withParticipants(Set.of(bob.id())));
            crm.activities().plan(PlanActivity.meeting("Visit " + i, at, at.plusSeconds(600)).forContact(ann.id())
                    .withAttendees(Set.of(BOB), Set.of(bob.id())));
            crm.contacts().rate(ann.id(), i % 4);
        }
        List<RecordRef> subjects = List.of(RecordRef.of(ann.id()));
        int fetch = TimelineQuery.MAX_LIMIT + 1;

        statements.reset();
        int items = fixture.inTransaction(() -> store.get().interactions().timeline(fixture.tenant(), subjects, null,
                fetch).size() + store.get().activities().timeline(fixture.tenant(), subjects, null, fetch).size()
                + store.get().auditTrail().entries(fixture.tenant(), subjects, null, fetch).size());
        List<String> kinds = statements.kinds();

        assertThat(items).isGreaterThanOrEqualTo(3 * rounds);
        return kinds;
    }

    private static List<String> record(CrmFixture fixture, int entries) {
        RecordRef record = new RecordRef(RecordKind.DEAL, UUID.randomUUID());
        List<AuditEntry> batch = IntStream.range(0, entries).mapToObj(i -> new AuditEntry(UUID.randomUUID(),
                fixture.tenant(), new ChangeSetId(UUID.randomUUID()), record, AuditChange.UPDATED, "field" + i, "a",
                "b", false, UserRef.of("alice"), fixture.clock().instant())).toList();
        return counted(() -> fixture.inTransaction(() -> {
            store.get().auditTrail().record(batch);
            return null;
        }));
    }

    private static List<String> counted(Runnable work) {
        statements.reset();
        work.run();
        return statements.kinds();
    }
}
