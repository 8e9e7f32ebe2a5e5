package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_peppol_status}: the last known PEPPOL registration of one contact. */
@Entity(name = "EmbedCrmPeppolStatus")
@Table(name = "embedcrm_peppol_status")
class PeppolStatusEntity {

    @Id
    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(nullable = false, length = PeppolStatus.PARTICIPANT_MAX)
    private String participant;

    @Column(nullable = false)
    private boolean registered;

    @Column(name = "document_types", nullable = false, length = 8000)
    private String documentTypes;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(nullable = false, length = 20)
    private String source;

    protected PeppolStatusEntity() {
    }

    PeppolStatusEntity(PeppolStatus status) {
        this.contactId = status.contact().value();
        this.tenantId = status.tenant().value();
        copy(status);
    }

    void copy(PeppolStatus status) {
        this.participant = status.participant();
        this.registered = status.registered();
        this.documentTypes = String.join("\n", status.documentTypes());
        this.checkedAt = status.checkedAt();
        this.source = status.source();
    }

    UUID contactId() {
        return contactId;
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    PeppolStatus toStatus() {
        return new PeppolStatus(new TenantId(tenantId), new ContactId(contactId), participant, registered,
                documentTypes.isEmpty() ? java.util.List.of() : Arrays.asList(documentTypes.split("\n")), checkedAt,
                source);
    }
}
