package org.embedcrm.core.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A person or a company the tenant deals with: customer, prospect, supplier or workshop. The customer record a
 * host ERP's finance, sales and contracts draw from.
 *
 * <p>Obtain contacts from {@link ContactService}; adapters rebuild them with {@link #restore(Snapshot)}.
 */
public final class Contact {

    /** Longest internal note accepted. */
    public static final int NOTES_MAX = 4000;

    private final ContactId id;
    private final TenantId tenant;
    private final long version;
    private ContactProfile profile;
    private final List<Employment> employments;
    private ContactId primaryContact;
    private final Set<ContactRole> roles;
    private ContactStatusId status;
    private Set<TagId> tags;
    private Set<UserRef> assignees;
    private StarRating rating;
    private String internalNotes;
    private LocalDate nextContactDate;
    private final Instant lastInteractionAt;
    private Consent consent;
    private CustomerTerms terms;
    private String origin;
    private Instant archivedAt;
    private final Instant createdAt;
    private final UserRef createdBy;
    private Instant updatedAt;

    /**
     * Everything a contact holds, for storage adapters.
     *
     * @param id              never null
     * @param tenant          never null
     * @param version         the stored version: 0 when new and when just added, one more after each update
     * @param profile         never null
     * @param employments     the companies a person works at; empty for companies; never null
     * @param primaryContact  a company's primary contact person, or null
     * @param roles           never null
     * @param status          its column on the contact board, or null
     * @param tags            never null
     * @param assignees       the users responsible; never null
     * @param rating          never null
     * @param internalNotes   or null
     * @param nextContactDate or null
     * @param lastInteractionAt when the latest interaction with it happened, or null
     * @param consent         never null
     * @param terms           never null
     * @param origin          where it came from, e.g. the source of the lead it was converted from, or null
     * @param archivedAt      when it was archived, or null while active
     * @param createdAt       never null
     * @param createdBy       never null
     * @param updatedAt       never null
     */
    public record Snapshot(ContactId id, TenantId tenant, long version, ContactProfile profile,
                           List<Employment> employments, ContactId primaryContact, Set<ContactRole> roles,
                           ContactStatusId status, Set<TagId> tags, Set<UserRef> assignees, StarRating rating,
                           String internalNotes, LocalDate nextContactDate, Instant lastInteractionAt,
                           Consent consent, CustomerTerms terms,
                           String origin, Instant archivedAt, Instant createdAt, UserRef createdBy,
                           Instant updatedAt) {

        /** Copies the collections. */
        public Snapshot {
            employments = List.copyOf(employments);
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
            tags = Set.copyOf(tags);
            assignees = Set.copyOf(assignees);
        }
    }

    private Contact(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "contact id");
        this.tenant = Objects.requireNonNull(s.tenant(), "tenant");
        this.version = s.version();
        this.profile = Objects.requireNonNull(s.profile(), "profile");
        this.employments = new ArrayList<>(s.employments());
        this.primaryContact = s.primaryContact();
        this.roles = s.roles().isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(s.roles());
        this.status = s.status();
        this.tags = s.tags();
        this.assignees = s.assignees();
        this.rating = Objects.requireNonNull(s.rating(), "rating");
        this.internalNotes = notes(s.internalNotes());
        this.nextContactDate = s.nextContactDate();
        this.lastInteractionAt = s.lastInteractionAt();
        this.consent = Objects.requireNonNull(s.consent(), "consent");
        this.terms = Objects.requireNonNull(s.terms(), "terms");
        this.origin = origin(s.origin());
        this.archivedAt = s.archivedAt();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        if (profile.type() == ContactType.COMPANY && !employments.isEmpty()) {
            throw new RuleViolationException("contact.company-employed", "a company cannot work at a company");
        }
    }

    /**
     * @param snapshot a stored contact; never null
     * @return the contact it describes
     */
    public static Contact restore(Snapshot snapshot) {
        return new Contact(snapshot);
    }

    static Contact create(ContactId id, TenantId tenant, ContactEdit edit, Instant now, UserRef by) {
        return new Contact(new Snapshot(id, tenant, 0, edit.profile(), List.of(), null, edit.roles(),
                edit.status(), edit.tags(), edit.assignees(), edit.rating(), edit.internalNotes(),
                edit.nextContactDate(), null, Consent.none(), edit.terms(), edit.origin(), null, now, by, now));
    }

    /** @return everything this contact holds; never null */
    public Snapshot snapshot() {
        return new Snapshot(id, tenant, version, profile, employments, primaryContact, roles, status, tags, assignees,
                rating, internalNotes, nextContactDate, lastInteractionAt, consent, terms, origin, archivedAt,
                createdAt, createdBy, updatedAt);
    }

    /** @return its identifier; never null */
    public ContactId id() {
        return id;
    }

    /** @return the tenant it belongs to; never null */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the stored version this state is based on */
    public long version() {
        return version;
    }

    /** @return person or company */
    public ContactType type() {
        return profile.type();
    }

    /** @return names, channels, addresses and descriptive fields; never null */
    public ContactProfile profile() {
        return profile;
    }

    /** @return the companies this person works at; empty for companies */
    public List<Employment> employments() {
        return List.copyOf(employments);
    }

    /** @return a company's primary contact person, if set */
    public Optional<ContactId> primaryContact() {
        return Optional.ofNullable(primaryContact);
    }

    /** @return its roles; never null */
    public Set<ContactRole> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    /** @return its column on the contact board, if any */
    public Optional<ContactStatusId> status() {
        return Optional.ofNullable(status);
    }

    /** @return its tags; never null */
    public Set<TagId> tags() {
        return tags;
    }

    /** @return the users responsible for it; never null */
    public Set<UserRef> assignees() {
        return assignees;
    }

    /** @return its star rating, 0 to 3 */
    public StarRating rating() {
        return rating;
    }

    /** @return notes for the tenant's users only, if any */
    public Optional<String> internalNotes() {
        return Optional.ofNullable(internalNotes);
    }

    /** @return when someone should contact it next, if planned */
    public Optional<LocalDate> nextContactDate() {
        return Optional.ofNullable(nextContactDate);
    }

    /** @return when the latest interaction with it happened; the health score reads it */
    public Optional<Instant> lastInteractionAt() {
        return Optional.ofNullable(lastInteractionAt);
    }

    /** @return what it refused (calls, e-mails); never null */
    public Consent consent() {
        return consent;
    }

    /** @return its commercial terms; never null */
    public CustomerTerms terms() {
        return terms;
    }

    /** @return where it came from (e.g. "Trade Show", the source of the lead it was converted from), if known */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    /** @return whether it is archived (hidden from default lists, history kept) */
    public boolean isArchived() {
        return archivedAt != null;
    }

    /** @return when it was archived, if it is */
    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    /** @return when it was created; never null */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return who created it; never null */
    public UserRef createdBy() {
        return createdBy;
    }

    /** @return when it last changed; never null */
    public Instant updatedAt() {
        return updatedAt;
    }

    void revise(ContactEdit edit, Instant now) {
        if (edit.profile().type() != profile.type()) {
            throw new RuleViolationException("contact.type-fixed",
                    "a " + profile.type() + " contact cannot become a " + edit.profile().type());
        }
        this.profile = edit.profile();
        this.roles.clear();
        this.roles.addAll(edit.roles());
        this.status = edit.status();
        this.tags = Set.copyOf(edit.tags());
        this.assignees = Set.copyOf(edit.assignees());
        this.rating = edit.rating();
        this.internalNotes = notes(edit.internalNotes());
        this.nextContactDate = edit.nextContactDate();
        this.terms = edit.terms();
        this.origin = origin(edit.origin());
        touch(now);
    }

    void moveTo(ContactStatusId newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus, "status");
        touch(now);
    }

    void rate(StarRating newRating, Instant now) {
        this.rating = Objects.requireNonNull(newRating, "rating");
        touch(now);
    }

    void planNextContact(LocalDate date, Instant now) {
        this.nextContactDate = date;
        touch(now);
    }

    void recordConsent(Consent newConsent, Instant now) {
        this.consent = Objects.requireNonNull(newConsent, "consent");
        touch(now);
    }

    void worksAt(Employment employment, Instant now) {
        requireType(ContactType.PERSON, "only a person works at a company");
        employments.removeIf(e -> e.company().equals(employment.company()));
        employments.add(employment);
        touch(now);
    }

    boolean leave(ContactId company, Instant now) {
        boolean removed = employments.removeIf(e -> e.company().equals(company));
        if (removed) {
            touch(now);
        }
        return removed;
    }

    void makePrimaryContact(ContactId person, Instant now) {
        requireType(ContactType.COMPANY, "only a company has a primary contact");
        this.primaryContact = person;
        touch(now);
    }

    boolean becomeCustomer(Instant now) {
        if (roles.contains(ContactRole.CUSTOMER) && !roles.contains(ContactRole.PROSPECT)) {
            return false;
        }
        roles.remove(ContactRole.PROSPECT);
        roles.add(ContactRole.CUSTOMER);
        touch(now);
        return true;
    }

    void archive(Instant now) {
        if (archivedAt == null) {
            this.archivedAt = now;
            touch(now);
        }
    }

    void unarchive(Instant now) {
        if (archivedAt != null) {
            this.archivedAt = null;
            touch(now);
        }
    }

    private void requireType(ContactType expected, String message) {
        if (profile.type() != expected) {
            throw new RuleViolationException("contact.wrong-type", message);
        }
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    private static String origin(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 100) {
            throw ValidationException.of("origin", "contact.origin.too-long", "an origin has at most 100 characters");
        }
        return text.strip();
    }

    private static String notes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > NOTES_MAX) {
            throw ValidationException.of("internalNotes", "contact.notes.too-long",
                    "internal notes have at most " + NOTES_MAX + " characters");
        }
        return text.strip();
    }
}
