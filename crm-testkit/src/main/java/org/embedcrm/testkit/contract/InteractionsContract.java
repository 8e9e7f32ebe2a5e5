package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.EmailDetails;
import org.embedcrm.core.activity.EmailDirection;
import org.embedcrm.core.activity.FollowUp;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.InteractionLogged;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.activity.Interactions} port, through the interaction service. */
public abstract class InteractionsContract extends StoreContract {

    private Contact contact() {
        return crm().contacts().create(aPerson().build());
    }

    @Nested
    @DisplayName("logging an interaction")
    class Logging {

        @Test
        @DisplayName("a call is stored with every field, authored by the caller, and read back the same")
        void roundTrip() {
            Contact ann = contact();
            Contact bob = contact();
            Instant earlier = fixture.clock().instant().minus(Duration.ofHours(2));

            Interaction call = crm().interactions().log(LogInteraction.call(ann.id(), "Pricing questions")
                    .withDetails("Wants a volume discount").at(earlier).withParticipants(Set.of(bob.id()))
                    .withOutcome("Send an offer"));

            Interaction read = crm().interactions().get(call.id());
            assertThat(read).isEqualTo(call);
            assertThat(read.kind()).isEqualTo(InteractionKind.CALL);
            assertThat(read.occurredAt()).isEqualTo(earlier);
            assertThat(read.author()).isEqualTo(UserRef.of("alice"));
            assertThat(read.participants()).containsExactly(bob.id());
            assertThat(read.outcome()).isEqualTo("Send an offer");
            assertThat(fixture.events().eventsOf(InteractionLogged.class)).singleElement()
                    .satisfies(e -> assertThat(e.contact()).isEqualTo(ann.id()));
        }

        @Test
        @DisplayName("an e-mail keeps its envelope: direction, subject, from, to, cc and message id")
        void email() {
            Contact ann = contact();
            EmailDetails envelope = new EmailDetails(EmailDirection.INBOUND, "Re: offer", "ann@example.org",
                    List.of("sales@acme.example"), List.of("boss@acme.example"), "<m-1@example.org>");

            Interaction email = crm().interactions().log(LogInteraction.email(ann.id(), envelope));

            assertThat(crm().interactions().get(email.id()).email()).isEqualTo(envelope);
            assertThat(email.summary()).isEqualTo("Re: offer");
        }

        @Test
        @DisplayName("the same message id twice in a tenant is refused, so a mail hook can retry safely")
        void messageIdOnce() {
            Contact ann = contact();
            EmailDetails envelope = EmailDetails.of(EmailDirection.OUTBOUND, "sales@acme.example", "ann@example.org")
                    .withMessageId("<retry@acme.example>");
            crm().interactions().log(LogInteraction.email(ann.id(), envelope));

            assertThatCrmError(() -> crm().interactions().log(LogInteraction.email(ann.id(), envelope)))
                    .isA(ConflictException.class).hasCode("interaction.message-id-taken");

            fixture.context().switchTenant(CrmFixture.freshTenant());
            Contact other = contact();
            assertThat(crm().interactions().log(LogInteraction.email(other.id(), envelope)).messageId())
                    .contains("<retry@acme.example>");
        }

        @Test
        @DisplayName("the store itself refuses a second e-mail with the same message id")
        void messageIdUniqueInStore() {
            Contact ann = contact();
            EmailDetails envelope = EmailDetails.of(EmailDirection.OUTBOUND, "sales@acme.example", "ann@example.org")
                    .withMessageId("<twice@acme.example>");
            Interaction first = crm().interactions().log(LogInteraction.email(ann.id(), envelope));
            Interaction copy = new Interaction(new org.embedcrm.core.activity.InteractionId(java.util.UUID.randomUUID()),
                    first.tenant(), first.kind(), first.contact(), null, null, first.summary(), null,
                    first.occurredAt(), first.author(), Set.of(), null, first.email(), null, null, first.loggedAt());

            assertThatCrmError(() -> fixture.inTransaction(() -> store().interactions().add(copy)))
                    .isA(ConflictException.class).hasCode("interaction.message-id-taken");
        }

        @Test
        @DisplayName("e-mail details are required on e-mails and refused on anything else; the future is refused")
        void shape() {
            Contact ann = contact();
            LogInteraction call = LogInteraction.call(ann.id(), "Hello");

            assertThatCrmError(() -> crm().interactions().log(new LogInteraction(InteractionKind.EMAIL, ann.id(),
                    null, null, "x", null, null, Set.of(), null, null, null)))
                    .isA(ValidationException.class).hasCode("validation.failed");
            assertThatCrmError(() -> crm().interactions().log(call.at(fixture.clock().instant().plusSeconds(60))))
                    .isA(ValidationException.class);
            assertThatCrmError(() -> crm().interactions().log(LogInteraction.call(ann.id(), " ")))
                    .isA(ValidationException.class);
            assertThat(crm().timeline().page(org.embedcrm.core.activity.TimelineQuery.of(
                    org.embedcrm.core.activity.RecordRef.of(ann.id()))
                    .only(Set.of(org.embedcrm.core.activity.TimelineKind.INTERACTION))).items()).isEmpty();
        }

        @Test
        @DisplayName("an unknown contact, participant, lead or deal is refused and nothing is stored")
        void unknownLinks() {
            Contact ann = contact();
            ContactId ghost = new ContactId(java.util.UUID.randomUUID());

            assertThatCrmError(() -> crm().interactions().log(LogInteraction.call(ghost, "Hello")))
                    .isA(NotFoundException.class);
            assertThatCrmError(() -> crm().interactions().log(LogInteraction.call(ann.id(), "Hello")
                    .withParticipants(Set.of(ghost)))).isA(NotFoundException.class);
            assertThatCrmError(() -> crm().interactions().log(LogInteraction.call(ann.id(), "Hello")
                    .aboutDeal(new org.embedcrm.core.deal.DealId(java.util.UUID.randomUUID()))))
                    .isA(NotFoundException.class);
            assertThat(crm().contacts().get(ann.id()).lastInteractionAt()).isEmpty();
        }
    }

    @Nested
    @DisplayName("what an interaction does to the contact")
    class ContactEffects {

        @Test
        @DisplayName("the contact's last interaction moves forward, never back, and its version stays")
        void lastInteraction() {
            Contact ann = contact();
            Instant now = fixture.clock().instant();

            crm().interactions().log(LogInteraction.call(ann.id(), "Latest").at(now.minusSeconds(60)));
            crm().interactions().log(LogInteraction.note(ann.id(), "Older note").at(now.minus(Duration.ofDays(3))));

            Contact read = crm().contacts().get(ann.id());
            assertThat(read.lastInteractionAt()).contains(now.minusSeconds(60));
            assertThat(read.version()).isEqualTo(ann.version());
        }

        @Test
        @DisplayName("an edit of the contact made from an older copy does not undo its last interaction")
        void editKeepsLastInteraction() {
            Contact ann = contact();
            crm().interactions().log(LogInteraction.call(ann.id(), "Call"));

            crm().contacts().rate(ann.id(), 2);

            assertThat(crm().contacts().get(ann.id()).lastInteractionAt()).contains(fixture.clock().instant());
        }

        @Test
        @DisplayName("a follow-up plans a task for its assignee with a reminder, and becomes the next contact date")
        void followUp() {
            Contact ann = contact();
            Instant due = fixture.clock().instant().plus(Duration.ofDays(2));

            Interaction call = crm().interactions().log(LogInteraction.call(ann.id(), "Discussed renewal")
                    .followUp(new FollowUp(due, UserRef.of("bob"))));

            Activity task = crm().activities().get(call.followUpTask());
            assertThat(task.kind()).isEqualTo(ActivityKind.TASK);
            assertThat(task.dueAt()).contains(due);
            assertThat(task.owner()).isEqualTo(UserRef.of("bob"));
            assertThat(task.contact()).isEqualTo(ann.id());
            assertThat(task.subject()).isEqualTo("Follow up: Discussed renewal");
            assertThat(crm().activities().remindersOf(task.id())).singleElement()
                    .satisfies(r -> assertThat(r.remindAt()).isEqualTo(due));
            assertThat(crm().contacts().get(ann.id()).nextContactDate())
                    .contains(LocalDate.ofInstant(due, ZoneOffset.UTC));
        }

        @Test
        @DisplayName("a contact with interactions is not deleted under them; it can be archived")
        void deletionRefused() {
            Contact ann = contact();
            crm().interactions().log(LogInteraction.call(ann.id(), "Call"));

            assertThatCrmError(() -> crm().contacts().delete(ann.id()))
                    .isA(org.embedcrm.core.error.RuleViolationException.class).hasCode("contact.has-linked-records");
            assertThat(crm().contacts().archive(ann.id()).isArchived()).isTrue();
        }

        @Test
        @DisplayName("an earlier next contact date already planned is kept")
        void earlierNextContactKept() {
            Contact ann = contact();
            Instant soon = fixture.clock().instant().plus(Duration.ofDays(1));
            Instant later = fixture.clock().instant().plus(Duration.ofDays(9));
            crm().interactions().log(LogInteraction.call(ann.id(), "First").followUp(new FollowUp(soon,
                    UserRef.of("bob"))));

            crm().interactions().log(LogInteraction.call(ann.id(), "Second").followUp(new FollowUp(later,
                    UserRef.of("bob"))));

            assertThat(crm().contacts().get(ann.id()).nextContactDate())
                    .contains(LocalDate.ofInstant(soon, ZoneOffset.UTC));
        }
    }
}
