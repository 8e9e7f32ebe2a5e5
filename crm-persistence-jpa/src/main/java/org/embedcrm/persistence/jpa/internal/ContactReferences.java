package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/**
 * What other contacts hold of a contact merged away, moved to the contact kept in native SQL that H2, PostgreSQL
 * and MariaDB share: persons' employments at it (one per company: a person working at both keeps the link that comes
 * first in their list, as the in-memory store does) and companies' primary contact. The caller flushes first and
 * evicts the contacts afterwards (see {@link Evictions}).
 */
final class ContactReferences {

    private static final String REFERRING = """
            select count(*) from embedcrm_contacts c
            where c.tenant_id = :tenant and c.id <> :from
            and (c.primary_contact_id = :from or exists (select 1 from embedcrm_contact_employments e
                                                         where e.person_id = c.id and e.company_id = :from))""";

    // Of a person's two links to the companies merged, the one further down their list: it goes.
    private static final String DROPPED_POSITION = """
            (select max(d.position) from embedcrm_contact_employments d
             where d.person_id = embedcrm_contact_employments.person_id and d.company_id in (:from, :to)
             having count(distinct d.company_id) = 2)""";

    // Persons who work at the company kept, among whom those who work at both.
    private static final String AT_TARGET = """
            person_id in (select t.person_id from embedcrm_contact_employments t
                          where t.tenant_id = :tenant and t.company_id = :to)""";

    // The list is indexed by position (OrderColumn) and must stay gapless. The links after the one that goes move
    // out of the way to negative positions first, so that no statement ever holds two rows at one position (the
    // primary key is checked row by row), then come back one place up once every person concerned works at the
    // company kept. Positions after a dropped link are at least 2, so none of them turns into 0.
    private static final List<String> STATEMENTS = List.of("""
            update embedcrm_contact_employments set position = -position
            where tenant_id = :tenant and person_id <> :from and\s""" + AT_TARGET
            + " and position > " + DROPPED_POSITION, """
            delete from embedcrm_contact_employments
            where tenant_id = :tenant and person_id <> :from and company_id in (:from, :to)
            and position =\s""" + DROPPED_POSITION, """
            update embedcrm_contact_employments set company_id = :to
            where tenant_id = :tenant and company_id = :from and person_id <> :from""", """
            update embedcrm_contact_employments set position = -position - 1
            where tenant_id = :tenant and position < 0 and\s""" + AT_TARGET, """
            update embedcrm_contacts set primary_contact_id = case when id = :to then null else :to end
            where tenant_id = :tenant and primary_contact_id = :from and id <> :from""");

    private ContactReferences() {
    }

    /** @return how many other contacts referred to {@code from} and refer to {@code to} now */
    static int move(EntityManager entityManager, TenantId tenant, ContactId from, ContactId to) {
        Session session = entityManager.unwrap(Session.class);
        int referring = ((Number) session.createNativeQuery(REFERRING, Object.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from.value(), UUID.class)
                .getSingleResult()).intValue();
        if (referring > 0) {
            STATEMENTS.forEach(sql -> bind(session.createNativeMutationQuery(sql), sql, tenant, from, to)
                    .executeUpdate());
        }
        return referring;
    }

    private static MutationQuery bind(MutationQuery query, String sql, TenantId tenant, ContactId from,
                                      ContactId to) {
        query.setParameter("tenant", tenant.value()).setParameter("to", to.value(), UUID.class);
        return sql.contains(":from") ? query.setParameter("from", from.value(), UUID.class) : query;
    }
}
