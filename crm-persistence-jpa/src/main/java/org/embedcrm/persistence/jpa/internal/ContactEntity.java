package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactCursor;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.LanguageCode;
import org.embedcrm.core.party.StarRating;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code embedcrm_contacts} with the rows of its e-mail addresses, phone numbers, delivery addresses, tags,
 * assignees and employments. The child rows load lazily, in batches: reading a page of contacts costs one statement
 * per kind of child row, however many contacts the page holds.
 */
@Entity(name = "EmbedCrmContact")
@Table(name = "embedcrm_contacts")
class ContactEntity implements Versioned {

    // The attribute names Criteria queries use.
    static final String ID = "id";
    static final String TENANT = "tenantId";
    static final String TYPE = "type";
    static final String NAME_KEY = "nameKey";
    static final String COUNTRY = "country";
    static final String LANGUAGE = "language";
    static final String ROLES = "roles";
    static final String STATUS = "statusId";
    static final String RATING = "rating";
    static final String NEXT_CONTACT_KEY = "nextContactKey";
    static final String TERMS = "terms";
    static final String ARCHIVED_AT = "archivedAt";
    static final String CREATED_AT = "createdAt";
    static final String EMAILS = "emails";
    static final String PHONES = "phones";
    static final String TAGS = "tags";
    static final String ASSIGNEES = "assignees";

    // Enough for the largest page and the one row read past it to learn whether another page follows.
    private static final int BATCH_SIZE = ContactQuery.MAX_PAGE + 1;

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    // The enum's name in a plain varchar: Hibernate would expect a native enum type on MariaDB.
    @Column(name = "contact_type", nullable = false, updatable = false, length = 7)
    private String type;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "name_key", nullable = false, length = 400)
    private String nameKey;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 200)),
            @AttributeOverride(name = "region", column = @Column(name = "billing_region", length = 200)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 200)),
            @AttributeOverride(name = "country", column = @Column(name = "billing_country", length = 2))})
    private AddressColumns billingAddress;

    @Column(length = 200)
    private String website;

    @Column(length = 100)
    private String industry;

    @Column(length = 4000)
    private String description;

    @Column(length = 2)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String language;

    @Column(length = 2)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String country;

    @Column(name = "primary_contact_id")
    private UUID primaryContactId;

    @Embedded
    private RoleColumns roles;

    @Column(name = "status_id")
    private UUID statusId;

    @Column(nullable = false)
    private int rating;

    @Column(name = "internal_notes", length = 4000)
    private String internalNotes;

    @Column(name = "next_contact_date")
    private LocalDate nextContactDate;

    @Column(length = 100)
    private String origin;

    @Column(name = "next_contact_key", nullable = false)
    private LocalDate nextContactKey;

    // Written only by JpaContacts.recordInteraction, so an edit from an older copy never moves it back.
    @Column(name = "last_interaction_at", insertable = false, updatable = false)
    private Instant lastInteractionAt;

    @Embedded
    private ConsentColumns consent;

    @Embedded
    private TermsColumns terms;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "embedcrm_contact_emails", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = BATCH_SIZE)
    private List<EmailRow> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "embedcrm_contact_phones", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = BATCH_SIZE)
    private List<PhoneRow> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "embedcrm_contact_addresses", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = BATCH_SIZE)
    private List<DeliveryAddressRow> deliveryAddresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "embedcrm_contact_tags", joinColumns = @JoinColumn(name = "contact_id"))
    @BatchSize(size = BATCH_SIZE)
    private Set<TagLink> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "embedcrm_contact_assignees", joinColumns = @JoinColumn(name = "contact_id"))
    @BatchSize(size = BATCH_SIZE)
    private Set<AssigneeRow> assignees = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "embedcrm_contact_employments", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = BATCH_SIZE)
    private List<EmploymentRow> employments = new ArrayList<>();

    protected ContactEntity() {
    }

    ContactEntity(Contact.Snapshot snapshot) {
        this.id = snapshot.id().value();
        this.tenantId = snapshot.tenant().value();
        this.type = snapshot.profile().type().name();
        this.createdAt = snapshot.createdAt();
        this.createdBy = snapshot.createdBy().value();
        copy(snapshot);
    }

    /** Takes over everything that may change after the contact was created, child rows included. */
    void copy(Contact.Snapshot snapshot) {
        ContactProfile profile = snapshot.profile();
        this.displayName = profile.displayName();
        this.nameKey = Names.key(profile.displayName());
        this.firstName = profile.firstName();
        this.lastName = profile.lastName();
        this.billingAddress = AddressColumns.of(profile.billingAddress());
        this.website = profile.website();
        this.industry = profile.industry();
        this.description = profile.description();
        this.language = profile.language() == null ? null : profile.language().value();
        this.country = profile.country() == null ? null : profile.country().value();
        this.primaryContactId = snapshot.primaryContact() == null ? null : snapshot.primaryContact().value();
        this.roles = RoleColumns.of(snapshot.roles());
        this.statusId = snapshot.status() == null ? null : snapshot.status().value();
        this.rating = snapshot.rating().stars();
        this.internalNotes = snapshot.internalNotes();
        this.nextContactDate = snapshot.nextContactDate();
        this.nextContactKey = snapshot.nextContactDate() == null
                ? ContactCursor.NO_NEXT_CONTACT : snapshot.nextContactDate();
        this.consent = ConsentColumns.of(snapshot.consent());
        this.terms = TermsColumns.of(snapshot.terms());
        this.origin = snapshot.origin();
        this.archivedAt = snapshot.archivedAt();
        this.updatedAt = snapshot.updatedAt();
        copyChildren(snapshot, profile);
    }

    private void copyChildren(Contact.Snapshot snapshot, ContactProfile profile) {
        boolean active = snapshot.archivedAt() == null;
        this.emails = ChildRows.replaced(emails,
                profile.emails().stream().map(email -> EmailRow.of(tenantId, email, active)).toList());
        this.phones = ChildRows.replaced(phones,
                profile.phones().stream().map(phone -> PhoneRow.of(tenantId, phone)).toList());
        this.deliveryAddresses = ChildRows.replaced(deliveryAddresses,
                profile.deliveryAddresses().stream().map(a -> DeliveryAddressRow.of(tenantId, a)).toList());
        this.employments = ChildRows.replaced(employments,
                snapshot.employments().stream().map(e -> EmploymentRow.of(tenantId, e)).toList());
        ChildRows.synchronise(tags, snapshot.tags().stream().map(tag -> TagLink.of(tenantId, tag)).toList());
        ChildRows.synchronise(assignees,
                snapshot.assignees().stream().map(user -> AssigneeRow.of(tenantId, user)).toList());
    }

    Contact toContact() {
        ContactProfile profile = new ContactProfile(ContactType.valueOf(type), displayName, firstName, lastName,
                emails.stream().map(EmailRow::toEmail).toList(), phones.stream().map(PhoneRow::toPhone).toList(),
                billingAddress == null ? null : billingAddress.toAddress(),
                deliveryAddresses.stream().map(DeliveryAddressRow::toAddress).toList(), website, industry, description,
                language == null ? null : new LanguageCode(language),
                country == null ? null : new CountryCode(country));
        return Contact.restore(new Contact.Snapshot(new ContactId(id), new TenantId(tenantId), version, profile,
                employments.stream().map(EmploymentRow::toEmployment).toList(),
                primaryContactId == null ? null : new ContactId(primaryContactId), roles.toRoles(),
                statusId == null ? null : new ContactStatusId(statusId),
                tags.stream().map(TagLink::toTag).collect(Collectors.toSet()),
                assignees.stream().map(AssigneeRow::toUser).collect(Collectors.toSet()), new StarRating(rating),
                internalNotes, nextContactDate, lastInteractionAt, ConsentColumns.toConsent(consent),
                TermsColumns.toTerms(terms), origin, archivedAt, createdAt, new UserRef(createdBy), updatedAt));
    }

    UUID id() {
        return id;
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
