package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.embedcrm.core.activity.AuditChange;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.ChangeSetId;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code embedcrm_audit_entries}; written once, then changed only by the erasure update of JpaAuditTrail.
 * The values are unbounded text columns of their own, read and written as strings.
 */
@Entity(name = "EmbedCrmAuditEntry")
@Table(name = "embedcrm_audit_entries")
class AuditEntryEntity {

    @Id
    private UUID id;

    @Column(name = "id_text", nullable = false, length = 36)
    private String idText;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "change_set", nullable = false)
    private UUID changeSet;

    // Enum names in plain varchars: Hibernate would expect native enum types on MariaDB.
    @Column(name = "record_kind", nullable = false, length = 8)
    private String recordKind;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    @Column(name = "change_kind", nullable = false, length = 7)
    private String changeKind;

    @Column(name = "field_path", length = AuditEntry.FIELD_MAX)
    private String fieldPath;

    @Column(name = "old_value", length = Length.LONG32)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String oldValue;

    @Column(name = "new_value", length = Length.LONG32)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String newValue;

    @Column(nullable = false)
    private boolean personal;

    @Column(nullable = false, length = 128)
    private String actor;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(AuditEntry entry) {
        this.id = entry.id();
        this.idText = entry.id().toString();
        this.tenantId = entry.tenant().value();
        this.changeSet = entry.changeSet().value();
        this.recordKind = entry.record().kind().name();
        this.recordId = entry.record().id();
        this.changeKind = entry.change().name();
        this.fieldPath = entry.field();
        this.oldValue = entry.oldValue();
        this.newValue = entry.newValue();
        this.personal = entry.personal();
        this.actor = entry.actor().value();
        this.changedAt = entry.at();
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, new TenantId(tenantId), new ChangeSetId(changeSet),
                new RecordRef(RecordKind.valueOf(recordKind), recordId), AuditChange.valueOf(changeKind), fieldPath,
                oldValue, newValue, personal, new UserRef(actor), changedAt);
    }
}
