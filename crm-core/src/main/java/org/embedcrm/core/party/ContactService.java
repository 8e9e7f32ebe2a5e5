package org.embedcrm.core.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.spi.party.LinkedRecordsProbe;

/**
 * Creates, edits, archives and deletes contacts (persons and companies), links persons to companies, and lists
 * them. Obtain it from {@link org.embedcrm.core.Crm#contacts()}.
 *
 * <p>E-mail addresses are unique among the tenant's active contacts; a contact is deleted only when nothing links
 * to it (deals, relationships, employees, the host's own records through {@link LinkedRecordsProbe}); otherwise
 * archive it.
 */
public final class ContactService {

    private final ServiceContext ctx;
    private final Contacts contacts;
    private final Tags tags;
    private final ContactStatuses statuses;
    private final ContactReferences references;
    private final Relationships relationships;
    private final List<LinkedRecordsProbe> probes;
    private final ContactInputParser parser;

    /**
     * @param ctx           the service plumbing; never null
     * @param contacts      the contact port; never null
     * @param tags          the tag port; never null
     * @param statuses      the contact status port; never null
     * @param groups        the customer group port; never null
     * @param relationships the relationship port, to refuse deleting related contacts; never null
     * @param probes        report records linked to a contact (deals, the host's records); never null
     * @param defaultRegion ISO-3166 region phone numbers without a country code are read in, e.g. {@code BE};
     *                      null to accept international numbers only
     */
    public ContactService(ServiceContext ctx, Contacts contacts, Tags tags, ContactStatuses statuses,
                          CustomerGroups groups, Relationships relationships, List<LinkedRecordsProbe> probes,
                          String defaultRegion) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.tags = Objects.requireNonNull(tags, "tags");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.references = new ContactReferences(tags, statuses, groups);
        this.relationships = Objects.requireNonNull(relationships, "relationships");
        this.probes = List.copyOf(probes);
        this.parser = new ContactInputParser(defaultRegion);
    }

    /**
     * @param input the contact as entered; never null
     * @return the stored contact
     * @throws ConflictException {@code contact.email-taken} naming the active contact holding one of its addresses
     */
    public Contact create(ContactInput input) {
        Objects.requireNonNull(input, "input");
        return ctx.run(() -> {
            ContactEdit edit = parser.parse(input, ctx.violationsOf(input));
            references.check(ctx.tenant(), edit, null);
            Contact contact = Contact.create(new ContactId(ctx.ids().next()), ctx.tenant(), edit, ctx.now(), ctx.actor());
            checkEmailsFree(contact);
            Contact stored = contacts.add(contact);
            ctx.publish(new ContactCreated(ctx.tenant(), ctx.now(), ctx.actor(), stored.id(), stored.type()));
            return stored;
        });
    }

    /**
     * @param id              the contact; never null
     * @param input           every editable field, e.g. from {@link ContactInput#of(Contact)}; never null
     * @param expectedVersion the version edited, or null to skip that check
     * @return the stored contact
     */
    public Contact update(ContactId id, ContactInput input, Long expectedVersion) {
        Objects.requireNonNull(id, "contact");
        Objects.requireNonNull(input, "input");
        return ctx.run(() -> {
            Contact contact = load(id);
            ServiceContext.checkVersion("contact", id, contact.version(), expectedVersion);
            ContactEdit edit = parser.parse(input, ctx.violationsOf(input));
            references.check(ctx.tenant(), edit, contact.terms().customerGroup());
            contact.revise(edit, ctx.now());
            checkEmailsFree(contact);
            return contacts.update(contact);
        });
    }

    /**
     * Moves a card on the contact board: sets the contact's status.
     *
     * @param id     the contact; never null
     * @param status the new status; never null
     * @return the stored contact
     */
    public Contact moveOnBoard(ContactId id, ContactStatusId status) {
        return moveOnBoard(id, status, null);
    }

    /**
     * Moves a card on the contact board, refusing the move when the contact changed since the card was drawn.
     *
     * @param id              the contact; never null
     * @param status          the new status; never null
     * @param expectedVersion the card's {@link ContactCard#version()}, or null to skip that check
     * @return the stored contact
     */
    public Contact moveOnBoard(ContactId id, ContactStatusId status, Long expectedVersion) {
        Objects.requireNonNull(status, "status");
        return change(id, contact -> {
            ServiceContext.checkVersion("contact", id, contact.version(), expectedVersion);
            references.requireStatus(ctx.tenant(), status);
            contact.moveTo(status, ctx.now());
        });
    }

    /**
     * @param id    the contact; never null
     * @param stars 0 to 3
     * @return the stored contact
     */
    public Contact rate(ContactId id, int stars) {
        StarRating rating = new StarRating(stars);
        return change(id, contact -> contact.rate(rating, ctx.now()));
    }

    /**
     * Records whether the contact refuses calls and e-mails; a new refusal records when and by whom.
     *
     * @param id           the contact; never null
     * @param refuseCalls  whether it refuses calls
     * @param refuseEmails whether it refuses e-mails
     * @return the stored contact
     */
    public Contact recordConsent(ContactId id, boolean refuseCalls, boolean refuseEmails) {
        return change(id, contact -> {
            contact.recordConsent(contact.consent().refusing(refuseCalls, refuseEmails,
                    new Rejection(ctx.now(), ctx.actor())), ctx.now());
        });
    }

    /**
     * Records that a person works at a company (replacing an earlier job title there).
     *
     * @param person   a person contact; never null
     * @param company  a company contact of the same tenant; never null
     * @param jobTitle or null
     * @return the stored person
     */
    public Contact linkToCompany(ContactId person, ContactId company, String jobTitle) {
        Objects.requireNonNull(company, "company");
        return change(person, contact -> {
            Contact employer = load(company);
            if (employer.type() != ContactType.COMPANY) {
                throw new RuleViolationException("contact.wrong-type", employer.profile().displayName() + " is not a company");
            }
            contact.worksAt(new Employment(company, jobTitle), ctx.now());
        });
    }

    /**
     * Ends a person's link to a company; a company whose primary contact leaves has none afterwards.
     *
     * @param person  never null
     * @param company never null
     * @return the stored person
     */
    public Contact unlinkFromCompany(ContactId person, ContactId company) {
        Objects.requireNonNull(company, "company");
        return change(person, contact -> {
            if (!contact.leave(company, ctx.now())) {
                throw new NotFoundException("employment", person + "@" + company);
            }
            Contact employer = load(company);
            if (employer.primaryContact().filter(person::equals).isPresent()) {
                employer.makePrimaryContact(null, ctx.now());
                contacts.update(employer);
            }
        });
    }

    /**
     * @param company a company contact; never null
     * @param person  a person working at it; never null
     * @return the stored company
     */
    public Contact setPrimaryContact(ContactId company, ContactId person) {
        Objects.requireNonNull(person, "person");
        return change(company, contact -> {
            boolean works = load(person).employments().stream().anyMatch(e -> e.company().equals(company));
            if (!works) {
                throw new RuleViolationException("contact.not-employee",
                        "the primary contact of a company must work at it; link the person first");
            }
            contact.makePrimaryContact(person, ctx.now());
        });
    }

    /**
     * The host reports a contact's first confirmed order: a prospect becomes a customer.
     *
     * @param id the contact; never null
     * @return the stored contact
     */
    public Contact orderConfirmed(ContactId id) {
        return change(id, contact -> {
            if (contact.becomeCustomer(ctx.now())) {
                ctx.publish(new ContactBecameCustomer(ctx.tenant(), ctx.now(), ctx.actor(), id));
            }
        });
    }

    /**
     * Hides a contact from default lists and pickers; its history stays.
     *
     * @param id never null
     * @return the stored contact
     */
    public Contact archive(ContactId id) {
        return change(id, contact -> contact.archive(ctx.now()));
    }

    /**
     * @param id never null
     * @return the stored contact, active again
     * @throws ConflictException when an active contact took one of its e-mail addresses meanwhile
     */
    public Contact unarchive(ContactId id) {
        return change(id, contact -> {
            contact.unarchive(ctx.now());
            checkEmailsFree(contact);
        });
    }

    /**
     * Deletes a contact nothing links to.
     *
     * @param id never null
     * @throws RuleViolationException {@code contact.has-linked-records}, listing what is linked
     */
    public void delete(ContactId id) {
        Objects.requireNonNull(id, "contact");
        ctx.run(() -> {
            Contact contact = load(id);
            List<LinkedRecords> linked = linkedRecords(contact);
            if (!linked.isEmpty()) {
                throw new RuleViolationException("contact.has-linked-records", "contact '"
                        + contact.profile().displayName() + "' is linked to " + describe(linked) + "; archive it instead");
            }
            contacts.remove(contact);
            ctx.publish(new ContactDeleted(ctx.tenant(), ctx.now(), ctx.actor(), id));
            return null;
        });
    }

    /**
     * @param id never null
     * @return the contact, archived or not
     */
    public Contact get(ContactId id) {
        Objects.requireNonNull(id, "contact");
        return ctx.run(() -> load(id));
    }

    /**
     * Looks a contact up by e-mail address, the way an import matches a row to the contact it updates.
     *
     * @param email the address; never null
     * @return the active (not archived) contact holding it, compared regardless of case
     */
    public Optional<Contact> activeWithEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return ctx.run(() -> contacts.activeWithEmail(ctx.tenant(), email));
    }

    /**
     * @param company a company contact; never null
     * @return the persons working at it
     */
    public List<Contact> employees(ContactId company) {
        Objects.requireNonNull(company, "company");
        return ctx.run(() -> contacts.employeesOf(ctx.tenant(), company));
    }

    /**
     * @param query which contacts, sorted how, which page; never null
     * @return the page with the total count and the next page's cursor
     */
    public ContactPage find(ContactQuery query) {
        Objects.requireNonNull(query, "query");
        return ctx.run(() -> contacts.search(ctx.tenant(), query));
    }

    /**
     * Draws the contact board: one column per status in order, each with its count of active contacts and its
     * first cards by name.
     *
     * @param cardsPerColumn the most cards per column, at least 1
     * @return the columns
     */
    public List<ContactBoardColumn> board(int cardsPerColumn) {
        if (cardsPerColumn < 1) {
            throw new IllegalArgumentException("cardsPerColumn must be at least 1: " + cardsPerColumn);
        }
        return ctx.run(() -> {
            java.util.Map<TagId, Tag> tagsById = new java.util.HashMap<>();
            tags.all(ctx.tenant()).forEach(t -> tagsById.put(t.id(), t));
            java.util.Map<ContactStatusId, Long> counts = contacts.countByStatus(ctx.tenant());
            java.util.Map<ContactStatusId, List<ContactCard>> cards = new java.util.HashMap<>();
            for (Contact c : contacts.boardCards(ctx.tenant(), cardsPerColumn)) {
                List<Tag> cardTags = c.tags().stream().map(tagsById::get).filter(Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(t -> org.embedcrm.core.shared.Names.key(t.name())))
                        .toList();
                cards.computeIfAbsent(c.status().orElseThrow(), s -> new ArrayList<>()).add(new ContactCard(c.id(),
                        c.profile().displayName(), cardTags, c.assignees(), c.rating(),
                        c.internalNotes().orElse(null), c.version()));
            }
            return statuses.all(ctx.tenant()).stream().map(s -> new ContactBoardColumn(s,
                    counts.getOrDefault(s.id(), 0L), cards.getOrDefault(s.id(), List.of()))).toList();
        });
    }

    private Contact change(ContactId id, java.util.function.Consumer<Contact> mutation) {
        Objects.requireNonNull(id, "contact");
        return ctx.run(() -> {
            Contact contact = load(id);
            mutation.accept(contact);
            return contacts.update(contact);
        });
    }

    private Contact load(ContactId id) {
        return contacts.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private void checkEmailsFree(Contact contact) {
        if (contact.isArchived()) {
            return;
        }
        for (EmailAddress email : contact.profile().emails()) {
            contacts.activeWithEmail(ctx.tenant(), email).filter(other -> !other.id().equals(contact.id()))
                    .ifPresent(other -> {
                        throw new ConflictException("contact.email-taken", "e-mail " + email.value()
                                + " belongs to contact '" + other.profile().displayName() + "' (" + other.id() + ")", null);
                    });
        }
    }

    private List<LinkedRecords> linkedRecords(Contact contact) {
        List<LinkedRecords> linked = new ArrayList<>();
        int employees = contact.type() == ContactType.COMPANY ? contacts.employeesOf(ctx.tenant(), contact.id()).size() : 0;
        if (employees > 0) {
            linked.add(new LinkedRecords("employee", employees));
        }
        if (!contact.employments().isEmpty()) {
            linked.add(new LinkedRecords("employer", contact.employments().size()));
        }
        int related = relationships.of(ctx.tenant(), contact.id()).size();
        if (related > 0) {
            linked.add(new LinkedRecords("relationship", related));
        }
        for (LinkedRecordsProbe probe : probes) {
            linked.addAll(probe.linkedTo(ctx.tenant().value(), contact.id().value()));
        }
        return linked;
    }

    private static String describe(List<LinkedRecords> linked) {
        return linked.stream().map(l -> l.count() + " " + l.kind() + (l.count() == 1 ? "" : "(s)"))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
