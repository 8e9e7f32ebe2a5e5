package org.embedcrm.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Contacts;

/**
 * Logs calls, meetings, e-mails and notes against contacts. Obtain it from
 * {@link org.embedcrm.core.Crm#interactions()}.
 *
 * <p>Logging an interaction moves the contact's (and the participants') last-interaction time forward; a follow-up
 * plans a task for its assignee, due at the follow-up time with a reminder then, and makes the follow-up's date the
 * contact's next contact date unless an earlier one in the future is planned already. {@link InteractionLogged} is
 * published after commit.
 */
public final class InteractionService {

    private final ServiceContext ctx;
    private final Interactions interactions;
    private final Contacts contacts;
    private final Links links;
    private final ActivityService activities;

    /**
     * @param ctx        the service plumbing; never null
     * @param ports      the activity ports; never null
     * @param contacts   the contact port; never null
     * @param leads      the lead port, to check links; never null
     * @param deals      the deal port, to check links; never null
     * @param activities plans follow-up tasks; never null
     */
    public InteractionService(ServiceContext ctx, ActivityPorts ports, Contacts contacts, Leads leads, Deals deals,
                              ActivityService activities) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.interactions = ports.interactions();
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.links = new Links(contacts, leads, deals);
        this.activities = Objects.requireNonNull(activities, "activities");
    }

    /**
     * @param command what happened; never null
     * @return the stored interaction
     * @throws ValidationException {@code interaction.email-details} when e-mail details are missing on an e-mail or
     *                             given for anything else; {@code interaction.in-future} for a time after now
     * @throws NotFoundException   when the contact, a participant, the lead or the deal does not exist
     * @throws ConflictException   {@code interaction.message-id-taken} when that e-mail was logged already
     */
    public Interaction log(LogInteraction command) {
        return ctx.execute(command, () -> {
            Instant now = ctx.now();
            Instant occurredAt = command.occurredAt() == null ? now : command.occurredAt();
            checkShape(command, occurredAt, now);
            Contact contact = links.contact(ctx.tenant(), command.contact());
            links.check(ctx.tenant(), null, command.lead(), command.deal());
            Set<ContactId> participants = participants(command);
            links.checkContacts(ctx.tenant(), participants);
            if (command.email() != null && command.email().messageId() != null) {
                interactions.findByMessageId(ctx.tenant(), command.email().messageId()).ifPresent(existing -> {
                    throw messageIdTaken(command.email().messageId());
                });
            }
            ActivityId followUpTask = command.followUp() == null ? null : planFollowUp(command);
            Interaction stored = interactions.add(new Interaction(new InteractionId(ctx.ids().next()), ctx.tenant(),
                    command.kind(), contact.id(), command.deal(), command.lead(), command.summary().strip(),
                    command.details(), occurredAt.truncatedTo(ChronoUnit.MICROS), ctx.actor(),
                    participants, command.outcome(), command.email(), command.followUp(), followUpTask, now));
            contacts.recordInteraction(ctx.tenant(), contact.id(), stored.occurredAt(), nextContactDate(contact,
                    command.followUp()));
            participants.forEach(p -> contacts.recordInteraction(ctx.tenant(), p, stored.occurredAt(), null));
            ctx.publish(new InteractionLogged(ctx.tenant(), now, ctx.actor(), stored.id(), stored.kind(),
                    stored.contact()));
            return stored;
        });
    }

    /**
     * @param id the interaction; never null
     * @return it
     * @throws NotFoundException when it does not exist in the tenant
     */
    public Interaction get(InteractionId id) {
        Objects.requireNonNull(id, "interaction");
        return ctx.run(() -> interactions.find(ctx.tenant(), id)
                .orElseThrow(() -> new NotFoundException("interaction", id)));
    }

    private static void checkShape(LogInteraction command, Instant occurredAt, Instant now) {
        if ((command.kind() == InteractionKind.EMAIL) != (command.email() != null)) {
            throw ValidationException.of("email", "interaction.email-details",
                    "e-mails carry their envelope (direction, from, to); other interactions do not");
        }
        if (occurredAt.isAfter(now)) {
            throw ValidationException.of("occurredAt", "interaction.in-future",
                    "an interaction is logged once it happened; plan an activity for the future");
        }
    }

    private static Set<ContactId> participants(LogInteraction command) {
        Set<ContactId> participants = new HashSet<>(command.participants() == null ? Set.of()
                : command.participants());
        participants.remove(command.contact());
        return participants;
    }

    private ActivityId planFollowUp(LogInteraction command) {
        String subject = "Follow up: " + command.summary().strip();
        PlanActivity task = PlanActivity.task(subject.length() > Activity.SUBJECT_MAX
                        ? subject.substring(0, Activity.SUBJECT_MAX) : subject, command.followUp().at())
                .ownedBy(command.followUp().assignee()).forContact(command.contact()).forLead(command.lead())
                .forDeal(command.deal()).remindBefore(Duration.ZERO);
        return activities.plan(task).id();
    }

    private LocalDate nextContactDate(Contact contact, FollowUp followUp) {
        if (followUp == null) {
            return null;
        }
        LocalDate date = LocalDate.ofInstant(followUp.at(), ctx.clock().getZone());
        LocalDate planned = contact.nextContactDate().orElse(null);
        boolean keepPlanned = planned != null && !planned.isBefore(ctx.today()) && planned.isBefore(date);
        return keepPlanned ? null : date;
    }

    private static ConflictException messageIdTaken(String messageId) {
        return new ConflictException("interaction.message-id-taken",
                "the e-mail with message id " + messageId + " was logged already", null);
    }
}
