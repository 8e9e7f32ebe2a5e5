package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.shared.TenantId;

/**
 * How interactions and activities point at contacts, leads and deals: a {@code contactId}, {@code leadId} or
 * {@code dealId} attribute, and a collection of contact rows (participants, attending contacts) for contacts.
 */
final class RecordLinks {

    private RecordLinks() {
    }

    /** @return the attribute linking a row to a record of that kind, or null when none can */
    static String attribute(RecordRef record) {
        return switch (record.kind()) {
            case CONTACT -> "contactId";
            case LEAD -> "leadId";
            case DEAL -> "dealId";
            default -> null;
        };
    }

    /**
     * @param entity   the entity name, e.g. {@code EmbedCrmInteraction}
     * @param contacts its collection of contact rows (each with a {@code contactId}), e.g. {@code participants}
     * @return how many of the tenant's rows point at the record, through the attribute or, for a contact, the
     *         collection; one statement
     */
    static long count(EntityManager entityManager, String entity, String contacts, TenantId tenant,
                      RecordRef record) {
        String link = attribute(record);
        if (link == null) {
            return 0;
        }
        return entityManager.createQuery("select count(r) from " + entity + " r"
                        + " where r.tenantId = :tenant and (r." + link + " = :id"
                        + (record.kind() == RecordKind.CONTACT ? " or exists (select 1 from " + entity + " s"
                        + " join s." + contacts + " c where s = r and c.contactId = :id)" : "") + ")", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", record.id())
                .getSingleResult();
    }

    /** @throws IllegalArgumentException when a record would be reassigned to a record of another kind */
    static void requireSameKind(RecordRef from, RecordRef to) {
        if (from.kind() != to.kind()) {
            throw new IllegalArgumentException("a record is reassigned to one of its kind: " + from + " to " + to);
        }
    }
}
