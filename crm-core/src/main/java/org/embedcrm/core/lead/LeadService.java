package org.embedcrm.core.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealService;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.Notifications;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactService;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Rejection;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;

/**
 * Creates, assigns, moves, loses and converts leads, and draws the lead board. Obtain it from
 * {@link org.embedcrm.core.Crm#leads()}.
 *
 * <p>Assigning a lead to someone other than the actor notifies them after commit. Converting a lead creates (or
 * reuses) the customer, optionally a company and a deal, all in one transaction: nothing is stored if any step
 * fails.
 */
public final class LeadService {

    private final ServiceContext ctx;
    private final Leads leads;
    private final LeadSources sources;
    private final LostReasons lostReasons;
    private final Contacts contacts;
    private final LeadDefaults defaults;
    private final LeadConverter converter;
    private final DealService dealService;
    private final Notifications notifications;
    private final LeadInputParser parser;

    /**
     * @param ctx            the service plumbing; never null
     * @param ports          the lead ports; never null
     * @param lostReasons    the lost reasons shared with deals; never null
     * @param contacts       the contact port (duplicates, referents); never null
     * @param contactService creates and updates the customer on conversion; never null
     * @param dealService    opens deals on conversion; never null
     * @param notifications  sends assignment notifications after commit; never null
     * @param phoneRegion    the region phone numbers without country code are read in, or null
     */
    public LeadService(ServiceContext ctx, LeadPorts ports, LostReasons lostReasons, Contacts contacts,
                       ContactService contactService, DealService dealService, Notifications notifications,
                       String phoneRegion) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.leads = ports.leads();
        this.sources = ports.sources();
        this.lostReasons = Objects.requireNonNull(lostReasons, "lostReasons");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.defaults = new LeadDefaults(ctx, ports.statuses(), ports.sources());
        this.converter = new LeadConverter(contacts, contactService, dealService);
        this.dealService = Objects.requireNonNull(dealService, "dealService");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.parser = new LeadInputParser(phoneRegion);
    }

    /**
     * Creates a lead in the status given (else the default status), assigned to the user given (else the actor).
     *
     * @param input the lead; never null
     * @return the stored lead with the contacts and leads that share its e-mail address or phone number
     * @throws ConflictException {@code lead.email-taken} naming the lead that has its e-mail address
     */
    public CreatedLead create(LeadInput input) {
        Objects.requireNonNull(input, "input");
        return ctx.run(() -> {
            LeadDetails details = parser.details(input, ctx.violationsOf(input));
            checkReferences(details, null);
            List<LeadStatus> statuses = defaults.statuses(ctx.tenant());
            LeadStatus status = input.status() == null
                    ? statuses.stream().filter(LeadStatus::isDefault).findFirst().orElseThrow(() ->
                            new RuleViolationException("lead-status.no-default", "the tenant has no default lead status"))
                    : statusOf(statuses, input.status());
            if (status.outcome() != LeadOutcome.NONE) {
                throw new RuleViolationException("lead.outcome-by-command",
                        "a new lead cannot start converted or lost");
            }
            UserRef assignee = input.assignee() == null ? ctx.actor() : input.assignee();
            Lead lead = Lead.create(new LeadId(ctx.ids().next()), ctx.tenant(), details, status, assignee,
                    consent(input, Consent.none()), ctx.now(), ctx.actor());
            List<PossibleDuplicate> duplicates = duplicatesOf(lead);
            Lead stored = leads.add(lead);
            ctx.publish(new LeadCreated(ctx.tenant(), ctx.now(), ctx.actor(), stored.id(), status.id()));
            notifyAssignee(stored);
            return new CreatedLead(stored, duplicates);
        });
    }

    /**
     * Edits a lead's own fields and consent flags; a new assignee is notified.
     *
     * @param id              never null
     * @param input           the new values (its status is ignored: use {@link #moveOnBoard}); never null
     * @param expectedVersion the version edited, or null to skip that check
     * @return the stored lead
     */
    public Lead update(LeadId id, LeadInput input, Long expectedVersion) {
        Objects.requireNonNull(id, "lead");
        Objects.requireNonNull(input, "input");
        return ctx.run(() -> {
            Lead lead = load(id, expectedVersion);
            LeadDetails details = parser.details(input, ctx.violationsOf(input));
            checkReferences(details, lead.details().source());
            lead.revise(details, consent(input, lead.consent()), ctx.now());
            boolean reassigned = input.assignee() != null && lead.assignTo(input.assignee(), ctx.now());
            checkEmailFree(lead);
            Lead stored = leads.update(lead);
            if (reassigned) {
                notifyAssignee(stored);
            }
            return stored;
        });
    }

    /**
     * @param id       never null
     * @param assignee the user responsible from now on; never null. Notified unless they are the actor.
     * @return the stored lead
     */
    public Lead assign(LeadId id, UserRef assignee) {
        Objects.requireNonNull(assignee, "assignee");
        return change(id, lead -> {
            if (lead.assignTo(assignee, ctx.now())) {
                notifyAssignee(lead);
            }
        });
    }

    /**
     * Moves a card on the lead board; converted and lost statuses are reached only by {@link #convert} and
     * {@link #lose}. Moving a lost lead reopens it.
     *
     * @param id     never null
     * @param status never null
     * @return the stored lead
     */
    public Lead moveOnBoard(LeadId id, LeadStatusId status) {
        return moveOnBoard(id, status, null);
    }

    /**
     * Moves a card on the lead board, refusing the move when the lead changed since the card was drawn.
     *
     * @param id              never null
     * @param status          never null
     * @param expectedVersion the card's {@link LeadCard#version()}, or null to skip that check
     * @return the stored lead
     */
    public Lead moveOnBoard(LeadId id, LeadStatusId status, Long expectedVersion) {
        Objects.requireNonNull(status, "status");
        return change(id, lead -> {
            ServiceContext.checkVersion("lead", id, lead.version(), expectedVersion);
            lead.moveTo(statusOf(defaults.statuses(ctx.tenant()), status), ctx.now());
        });
    }

    /**
     * Puts a lead in the configured lost status with a lost reason (from the list shared with deals).
     *
     * @param id     never null
     * @param reason an active lost reason; never null
     * @param note   free text, required when the reason asks for it; or null
     * @return the stored lead
     */
    public Lead lose(LeadId id, LostReasonId reason, String note) {
        Objects.requireNonNull(reason, "reason");
        return change(id, lead -> {
            LeadStatus lost = outcomeStatus(defaults.statuses(ctx.tenant()), LeadOutcome.LOST);
            LostReason found = lostReasons.find(ctx.tenant(), reason)
                    .orElseThrow(() -> new NotFoundException("lost-reason", reason));
            found.checkUsableWith(note == null || note.isBlank() ? null : note);
            if (note != null && note.strip().length() > Deal.LOST_NOTE_MAX) {
                throw ValidationException.of("lostNote", "lead.lost-note.too-long",
                        "a lost note has at most " + Deal.LOST_NOTE_MAX + " characters");
            }
            lead.lose(lost, reason, note, ctx.now());
            ctx.publish(new LeadLost(ctx.tenant(), ctx.now(), ctx.actor(), id, reason));
        });
    }

    /**
     * Converts a lead, all or nothing: the customer (an active contact with the e-mail address is reused and made
     * a customer), optionally a company (existing or new, the customer linked to it) and a deal; the lead moves
     * to the converted status and records when, by whom and what it became. Publishes {@link LeadConverted}.
     *
     * @param command never null
     * @return what the lead became
     * @throws RuleViolationException {@code lead.already-converted} or {@code lead.is-lost}
     */
    public ConvertedLead convert(ConvertLead command) {
        return ctx.execute(command, () -> {
            Lead lead = load(command.lead(), command.expectedVersion());
            List<LeadStatus> statuses = defaults.statuses(ctx.tenant());
            LeadStatus converted = outcomeStatus(statuses, LeadOutcome.CONVERTED);
            boolean lost = statuses.stream()
                    .anyMatch(s -> s.outcome() == LeadOutcome.LOST && s.id().equals(lead.status()));
            lead.checkConvertible(lost);
            String origin = lead.details().source() == null ? null
                    : sources.find(ctx.tenant(), lead.details().source()).map(LeadSource::name).orElse(null);
            Contact customer = converter.customer(ctx.tenant(), lead, command, origin);
            Contact company = converter.company(ctx.tenant(), lead, command.company(), customer);
            Deal deal = command.deal() == null ? null : converter.deal(lead, command.deal(), customer, company);
            if (deal != null) {
                lead.addOpportunity(deal.id(), ctx.now());
            }
            lead.convert(converted, new LeadConversion(ctx.now(), ctx.actor(), customer.id(),
                    company == null ? null : company.id(), deal == null ? null : deal.id()));
            Lead stored = leads.update(lead);
            ctx.publish(new LeadConverted(ctx.tenant(), ctx.now(), ctx.actor(), stored.id(), customer.id(),
                    company == null ? null : company.id(), deal == null ? null : deal.id()));
            return new ConvertedLead(stored, contacts.find(ctx.tenant(), customer.id()).orElseThrow(), company, deal);
        });
    }

    /**
     * Opens a deal from a lead without converting it; the deal is listed in {@link Lead#opportunities()}.
     *
     * @param id    never null
     * @param draft the deal; never null
     * @return the opened deal
     */
    public Deal createOpportunity(LeadId id, DealDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(id, "lead");
        return ctx.run(() -> {
            Lead lead = load(id, null);
            Deal deal = converter.deal(lead, draft, null, null);
            lead.addOpportunity(deal.id(), ctx.now());
            leads.update(lead);
            return deal;
        });
    }

    /**
     * @param id never null
     * @return the lead
     */
    public Lead get(LeadId id) {
        Objects.requireNonNull(id, "lead");
        return ctx.run(() -> load(id, null));
    }

    /**
     * Finds the lead holding an e-mail address, the one a new lead with that address would be refused for
     * ({@code lead.email-taken}): an import updates it instead of creating another.
     *
     * @param email the address, compared regardless of case; never null
     * @return the tenant's lead with that address, converted or lost ones included, if any
     */
    public Optional<Lead> withEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return ctx.run(() -> leads.withEmail(ctx.tenant(), email));
    }

    /**
     * @param query never null
     * @return the page asked for, newest first, with the total and the next page's cursor
     */
    public LeadPage find(LeadQuery query) {
        Objects.requireNonNull(query, "query");
        return ctx.run(() -> leads.search(ctx.tenant(), query));
    }

    /**
     * @param cardsPerColumn the most cards per column, at least 1
     * @return one column per non-final status, in order, with its count and newest cards
     */
    public List<LeadBoardColumn> board(int cardsPerColumn) {
        if (cardsPerColumn < 1) {
            throw new IllegalArgumentException("cardsPerColumn must be at least 1: " + cardsPerColumn);
        }
        return ctx.run(() -> {
            Map<LeadStatusId, Long> counts = leads.countByStatus(ctx.tenant());
            Map<LeadStatusId, List<LeadCard>> cards = new HashMap<>();
            leads.boardCards(ctx.tenant(), cardsPerColumn)
                    .forEach(l -> cards.computeIfAbsent(l.status(), s -> new ArrayList<>()).add(LeadCard.of(l)));
            return defaults.statuses(ctx.tenant()).stream().filter(s -> !s.isFinal())
                    .map(s -> new LeadBoardColumn(s, counts.getOrDefault(s.id(), 0L), cards.getOrDefault(s.id(), List.of())))
                    .toList();
        });
    }

    private Lead change(LeadId id, java.util.function.Consumer<Lead> mutation) {
        Objects.requireNonNull(id, "lead");
        return ctx.run(() -> {
            Lead lead = load(id, null);
            mutation.accept(lead);
            return leads.update(lead);
        });
    }

    /** An inactive source is refused only when the lead is being given it, so older leads stay editable. */
    private void checkReferences(LeadDetails details, LeadSourceId previousSource) {
        if (details.source() != null && !details.source().equals(previousSource)) {
            LeadSource source = sources.find(ctx.tenant(), details.source())
                    .orElseThrow(() -> new NotFoundException("lead-source", details.source()));
            if (!source.active()) {
                throw new RuleViolationException("lead-source.inactive", "lead source '" + source.name() + "' is no longer in use");
            }
        }
        if (details.referent() != null) {
            contacts.find(ctx.tenant(), details.referent())
                    .orElseThrow(() -> new NotFoundException("contact", details.referent()));
        }
    }

    private Consent consent(LeadInput input, Consent current) {
        return current.refusing(input.callRejected(), input.emailRejected(), new Rejection(ctx.now(), ctx.actor()));
    }

    private void checkEmailFree(Lead lead) {
        if (lead.details().email() == null) {
            return;
        }
        leads.withEmail(ctx.tenant(), lead.details().email()).filter(other -> !other.id().equals(lead.id()))
                .ifPresent(other -> {
                    throw new ConflictException("lead.email-taken", "e-mail " + lead.details().email().value()
                            + " belongs to lead '" + other.details().title() + "' (" + other.id() + ")", null);
                });
    }

    private List<PossibleDuplicate> duplicatesOf(Lead lead) {
        checkEmailFree(lead);
        List<PossibleDuplicate> found = new ArrayList<>();
        LeadDetails d = lead.details();
        if (d.email() != null) {
            contacts.activeWithEmail(ctx.tenant(), d.email()).ifPresent(c ->
                    found.add(new PossibleDuplicate(c.id(), null, c.profile().displayName(), "email")));
        }
        if (d.phone() != null) {
            contacts.activeWithPhone(ctx.tenant(), d.phone()).stream()
                    .filter(c -> found.stream().noneMatch(f -> c.id().equals(f.contact())))
                    .forEach(c -> found.add(new PossibleDuplicate(c.id(), null, c.profile().displayName(), "phone")));
            leads.withPhone(ctx.tenant(), d.phone()).forEach(other ->
                    found.add(new PossibleDuplicate(null, other.id(), other.details().title(), "phone")));
        }
        return found;
    }

    private void notifyAssignee(Lead lead) {
        if (lead.assignee().equals(ctx.actor())) {
            return;
        }
        notifications.sendAfterCommit(new Notification(ctx.tenant().value(), lead.assignee().value(), "lead.assigned",
                "Lead '" + lead.details().title() + "' was assigned to you by " + ctx.actor(), ctx.now(),
                Map.of("leadId", lead.id().toString(), "assignedBy", ctx.actor().value())));
    }

    private static LeadStatus outcomeStatus(List<LeadStatus> statuses, LeadOutcome outcome) {
        return statuses.stream().filter(s -> s.outcome() == outcome).findFirst()
                .orElseThrow(() -> new RuleViolationException("lead-status.no-" + outcome.name().toLowerCase(java.util.Locale.ROOT),
                        "no lead status is configured as " + outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private static LeadStatus statusOf(List<LeadStatus> statuses, LeadStatusId id) {
        return statuses.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("lead-status", id));
    }

    private Lead load(LeadId id, Long expectedVersion) {
        Lead lead = leads.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("lead", id));
        ServiceContext.checkVersion("lead", id, lead.version(), expectedVersion);
        return lead;
    }
}
