package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.StoreException;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Turns what Hibernate and the JDBC driver throw into the core's errors, so no persistence exception escapes. */
final class PersistenceErrors {

    /** The code and explanation of a {@link ConflictException}. */
    private record Conflict(String code, String message) {
    }

    /** A unique key of the schema and the conflict its violation means. */
    private record UniqueKey(String constraint, Conflict conflict) {
    }

    /** A table of aggregate roots, whose primary key is violated when a record is added twice. */
    private record RootTable(String table, Class<?> entity, String kind) {

        Conflict exists() {
            return new Conflict(kind + ".exists", "a " + kind + " with that id is stored already");
        }
    }

    private static final Conflict STALE_VERSION = new Conflict("stale-version",
            "a record was changed or deleted by someone else in the meantime; reload and retry");

    private static final List<UniqueKey> UNIQUE_KEYS = List.of(
            new UniqueKey("uq_embedcrm_pipeline_name",
                    new Conflict("pipeline.name-taken", "another pipeline of the tenant has that name")),
            new UniqueKey("uq_embedcrm_pipeline_default",
                    new Conflict("pipeline.default-taken", "the tenant has another default pipeline")),
            new UniqueKey("uq_embedcrm_stage_name",
                    new Conflict("stage.name-taken", "the pipeline has another stage of that name")),
            new UniqueKey("uq_embedcrm_lost_reason_name",
                    new Conflict("lost-reason.name-taken", "the tenant has another lost reason of that name")),
            new UniqueKey("uq_embedcrm_contact_email",
                    new Conflict("contact.email-taken", "an active contact of the tenant has that e-mail address")),
            new UniqueKey("uq_embedcrm_tag_name",
                    new Conflict("tag.name-taken", "the tenant has another tag of that name")),
            new UniqueKey("uq_embedcrm_contact_status_name",
                    new Conflict("contact-status.name-taken", "the tenant has another contact status of that name")),
            new UniqueKey("uq_embedcrm_customer_group_code",
                    new Conflict("customer-group.code-taken", "the tenant has another customer group with that code")),
            new UniqueKey("uq_embedcrm_relationship_type_name",
                    new Conflict("relationship-type.name-taken",
                            "the tenant has another relationship type of that name")),
            new UniqueKey("uq_embedcrm_relationship_pair",
                    new Conflict("relationship.duplicate", "these contacts are already linked that way")),
            new UniqueKey("uq_embedcrm_lead_email",
                    new Conflict("lead.email-taken", "another lead of the tenant has that e-mail address")),
            new UniqueKey("uq_embedcrm_lead_status_name",
                    new Conflict("lead-status.name-taken", "the tenant has another lead status of that name")),
            new UniqueKey("uq_embedcrm_lead_status_default",
                    new Conflict("lead-status.default-taken", "the tenant has another default lead status")),
            new UniqueKey("uq_embedcrm_lead_status_outcome",
                    new Conflict("lead-status.outcome-taken", "the tenant has another lead status with that outcome")),
            new UniqueKey("uq_embedcrm_lead_source_name",
                    new Conflict("lead-source.name-taken", "the tenant has another lead source of that name")),
            new UniqueKey("uq_embedcrm_activity_category_name",
                    new Conflict("activity-category.name-taken",
                            "the tenant has another activity category of that name")),
            new UniqueKey("uq_embedcrm_interaction_message_id",
                    new Conflict("interaction.message-id-taken",
                            "an e-mail with that message id was logged in the tenant already")));

    private static final List<RootTable> ROOT_TABLES = List.of(
            new RootTable("embedcrm_pipelines", PipelineEntity.class, "pipeline"),
            new RootTable("embedcrm_deals", DealEntity.class, "deal"),
            new RootTable("embedcrm_lost_reasons", LostReasonEntity.class, "lost-reason"),
            new RootTable("embedcrm_contacts", ContactEntity.class, "contact"),
            new RootTable("embedcrm_tags", TagEntity.class, "tag"),
            new RootTable("embedcrm_contact_statuses", ContactStatusEntity.class, "contact-status"),
            new RootTable("embedcrm_customer_groups", CustomerGroupEntity.class, "customer-group"),
            new RootTable("embedcrm_relationship_types", RelationshipTypeEntity.class, "relationship-type"),
            new RootTable("embedcrm_relationships", RelationshipEntity.class, "relationship"),
            new RootTable("embedcrm_leads", LeadEntity.class, "lead"),
            new RootTable("embedcrm_lead_statuses", LeadStatusEntity.class, "lead-status"),
            new RootTable("embedcrm_lead_sources", LeadSourceEntity.class, "lead-source"),
            new RootTable("embedcrm_interactions", InteractionEntity.class, "interaction"),
            new RootTable("embedcrm_activities", ActivityEntity.class, "activity"),
            new RootTable("embedcrm_activity_categories", ActivityCategoryEntity.class, "activity-category"),
            new RootTable("embedcrm_reminders", ReminderEntity.class, "reminder"),
            new RootTable("embedcrm_audit_entries", AuditEntryEntity.class, "audit-entry"));

    /** Tables of one row per tenant, inserted by its first save: a second first save lost the race. */
    private static final List<String> ONE_ROW_PER_TENANT = List.of("embedcrm_preferences");

    private PersistenceErrors() {
    }

    static CrmException translate(PersistenceException error) {
        return conflict(error).<CrmException>map(c -> new ConflictException(c.code(), c.message(), error))
                .orElseGet(() -> new StoreException(StoreException.FAILED,
                        "the database refused or failed an operation: " + error.getMessage(), error));
    }

    private static Optional<Conflict> conflict(PersistenceException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of(STALE_VERSION);
            }
            if (cause instanceof NonUniqueObjectException duplicate) {
                return ROOT_TABLES.stream().filter(root -> root.entity().getName().equals(duplicate.getEntityName()))
                        .findFirst().map(RootTable::exists);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return uniqueKey(violation).or(() -> duplicateRoot(violation)).or(() -> firstSaveLost(violation));
            }
        }
        return Optional.empty();
    }

    private static Optional<Conflict> uniqueKey(ConstraintViolationException violation) {
        // Drivers name the constraint differently (H2 upper-cases it and appends its index), so match loosely
        // and fall back to the driver's message when Hibernate could not extract the name.
        String named = (violation.getConstraintName() != null ? violation.getConstraintName() : messages(violation))
                .toLowerCase(Locale.ROOT);
        return UNIQUE_KEYS.stream().filter(key -> named.contains(key.constraint())).findFirst()
                .map(UniqueKey::conflict);
    }

    // MariaDB names every primary key PRIMARY, so the table inserted into tells which record exists already.
    private static Optional<Conflict> duplicateRoot(ConstraintViolationException violation) {
        if (violation.getKind() != ConstraintViolationException.ConstraintKind.UNIQUE || violation.getSQL() == null) {
            return Optional.empty();
        }
        String sql = violation.getSQL().toLowerCase(Locale.ROOT);
        return ROOT_TABLES.stream().filter(root -> sql.startsWith("insert into " + root.table() + " "))
                .findFirst().map(RootTable::exists);
    }

    private static Optional<Conflict> firstSaveLost(ConstraintViolationException violation) {
        String sql = violation.getSQL() == null ? "" : violation.getSQL().toLowerCase(Locale.ROOT);
        return ONE_ROW_PER_TENANT.stream().anyMatch(table -> sql.startsWith("insert into " + table + " "))
                ? Optional.of(STALE_VERSION) : Optional.empty();
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
