package org.embedcrm.persistence.jpa.internal;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code embedcrm_leads} with the rows of the deals opened from it, which load lazily in batches: a page of
 * leads costs one statement for the leads and one for their deals.
 */
@Entity(name = "EmbedCrmLead")
@Table(name = "embedcrm_leads")
class LeadEntity implements Versioned {

    // The attribute names that queries refer to.
    static final String ID_KEY = "idKey";
    static final String TENANT = "tenantId";
    static final String TITLE_KEY = "titleKey";
    static final String CONTACT_NAME_KEY = "contactNameKey";
    static final String EMAIL_KEY = "emailKey";
    static final String COMPANY_NAME_KEY = "companyNameKey";
    static final String SOURCE = "sourceId";
    static final String STATUS = "statusId";
    static final String ASSIGNEE = "assignee";
    static final String CREATED_AT = "createdAt";

    // Enough for the largest page (LeadQuery allows 500) and the one row read past it to learn whether another
    // page follows.
    private static final int BATCH_SIZE = 501;

    @Id
    private UUID id;

    @Column(name = "id_key", nullable = false, updatable = false, length = 32)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String idKey;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "title_key", nullable = false, length = 400)
    private String titleKey;

    @Column(length = 4000)
    private String description;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_name_key", length = 400)
    private String contactNameKey;

    @Column(length = 254)
    private String email;

    @Column(name = "email_key", length = 254)
    private String emailKey;

    @Column(name = "phone_e164", length = 16)
    private String phoneE164;

    @Column(name = "phone_raw", length = 64)
    private String phoneRaw;

    @Column(name = "company_name", length = 200)
    private String companyName;

    @Column(name = "company_name_key", length = 400)
    private String companyNameKey;

    @Column(name = "value_amount", precision = 19, scale = 4)
    private BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String valueCurrency;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "referent_id")
    private UUID referentId;

    @Column(name = "status_id", nullable = false)
    private UUID statusId;

    @Column(nullable = false, length = 128)
    private String assignee;

    @Embedded
    private ConsentColumns consent;

    @Column(name = "lost_reason_id")
    private UUID lostReasonId;

    @Column(name = "lost_note", length = 1000)
    private String lostNote;

    @Embedded
    private ConversionColumns conversion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "embedcrm_lead_opportunities", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "position")
    @Column(name = "deal_id", nullable = false)
    @BatchSize(size = BATCH_SIZE)
    private List<UUID> opportunities = new ArrayList<>();

    protected LeadEntity() {
    }

    LeadEntity(Lead.Snapshot snapshot) {
        this.id = snapshot.id().value();
        this.idKey = idKey(snapshot.id());
        this.tenantId = snapshot.tenant().value();
        this.createdAt = snapshot.createdAt();
        this.createdBy = snapshot.createdBy().value();
        copy(snapshot);
    }

    /** Takes over everything that may change after the lead was created, the deals opened from it included. */
    void copy(Lead.Snapshot snapshot) {
        LeadDetails details = snapshot.details();
        this.title = details.title();
        this.titleKey = key(details.title());
        this.description = details.description();
        this.contactName = details.contactName();
        this.contactNameKey = key(details.contactName());
        this.email = details.email() == null ? null : details.email().value();
        this.emailKey = details.email() == null ? null : details.email().matchKey();
        this.phoneE164 = details.phone() == null ? null : details.phone().e164();
        this.phoneRaw = details.phone() == null ? null : details.phone().raw();
        this.companyName = details.companyName();
        this.companyNameKey = key(details.companyName());
        this.valueAmount = details.value() == null ? null : details.value().amount();
        this.valueCurrency = details.value() == null ? null : details.value().currency().getCurrencyCode();
        this.sourceId = details.source() == null ? null : details.source().value();
        this.referentId = details.referent() == null ? null : details.referent().value();
        this.statusId = snapshot.status().value();
        this.assignee = snapshot.assignee().value();
        this.consent = ConsentColumns.of(snapshot.consent());
        this.lostReasonId = snapshot.lostReason() == null ? null : snapshot.lostReason().value();
        this.lostNote = snapshot.lostNote();
        this.conversion = ConversionColumns.of(snapshot.conversion());
        this.updatedAt = snapshot.updatedAt();
        this.opportunities = ChildRows.appended(opportunities,
                snapshot.opportunities().stream().map(DealId::value).toList());
    }

    Lead toLead() {
        LeadDetails details = new LeadDetails(title, description, contactName,
                email == null ? null : new EmailAddress(email),
                phoneE164 == null ? null : new PhoneNumber(phoneE164, phoneRaw), companyName,
                valueAmount == null ? null : Money.of(valueAmount, Money.currency(valueCurrency)),
                sourceId == null ? null : new LeadSourceId(sourceId),
                referentId == null ? null : new ContactId(referentId));
        return Lead.restore(new Lead.Snapshot(new LeadId(id), new TenantId(tenantId), version, details,
                new LeadStatusId(statusId), new UserRef(assignee), ConsentColumns.toConsent(consent),
                lostReasonId == null ? null : new LostReasonId(lostReasonId), lostNote,
                ConversionColumns.toConversion(conversion), opportunities.stream().map(DealId::new).toList(),
                createdAt, new UserRef(createdBy), updatedAt));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }

    /** @return the id as the lists order it: 32 lower-case hex digits, which compare as the id's unsigned bytes */
    static String idKey(LeadId id) {
        UUID value = id.value();
        return String.format("%016x%016x", value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    /** @return the text as the in-memory store compares it: lower-cased by Java, or null for no text */
    static String key(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
