package org.embedcrm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.party.ContactCursor;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.TagId;

/**
 * A contact query to time, with hand-written SQL equivalent to the two statements the JPA store's
 * {@code ContactSearch} runs for it (the count of every match and one page plus one row), to {@code EXPLAIN}.
 *
 * @param label what the query does
 * @param query the query, as a host passes it to {@code crm.contacts().find}
 * @param count the count statement
 * @param page  the page statement
 */
record SearchCase(String label, ContactQuery query, Sql count, Sql page) {

    private static final String ACTIVE = "c.tenant_id = ? and c.archived_at is null";
    private static final String BY_NAME = "c.name_key, c.id";
    private static final String HOLDING_EMAIL = "c.id in (select h.id from embedcrm_contacts h join "
            + "embedcrm_contact_emails e on h.id = e.contact_id where e.tenant_id = ? and e.match_key like ? escape '!')";
    private static final String HOLDING_PHONE = "c.id in (select h.id from embedcrm_contacts h join "
            + "embedcrm_contact_phones p on h.id = p.contact_id where p.tenant_id = ? and p.digits like ? escape '!')";

    /** @return the first page of 50 active contacts by name */
    static SearchCase firstPageByName(String tenant) {
        return of("first page by name", ContactQuery.firstPage(ContactFilter.activeContacts()), ACTIVE, BY_NAME,
                List.of(tenant), "", List.of());
    }

    /** @param fragment lower-case letters only, so that the search holds no phone digits */
    static SearchCase nameFragment(String tenant, String fragment) {
        String pattern = "%" + fragment + "%";
        return of("text: name fragment '" + fragment + "'",
                ContactQuery.firstPage(ContactFilter.activeContacts().matching(fragment)),
                ACTIVE + " and (c.name_key like ? escape '!' or " + HOLDING_EMAIL + ")", BY_NAME,
                List.of(tenant, pattern, tenant, pattern), "", List.of());
    }

    /** @param digits digits only */
    static SearchCase phoneDigits(String tenant, String digits) {
        String pattern = "%" + digits + "%";
        return of("text: phone digits " + digits,
                ContactQuery.firstPage(ContactFilter.activeContacts().matching(digits)),
                ACTIVE + " and (c.name_key like ? escape '!' or " + HOLDING_EMAIL + " or " + HOLDING_PHONE + ")",
                BY_NAME, List.of(tenant, pattern, tenant, pattern, tenant, pattern), "", List.of());
    }

    /** @return the first page by name of the contacts with that tag in that country */
    static SearchCase tagAndCountry(String tenant, UUID tag, String country) {
        return of("tag + country " + country, ContactQuery.firstPage(ContactFilter.activeContacts()
                        .tagged(Set.of(new TagId(tag)), null).locatedIn(new CountryCode(country), null)),
                ACTIVE + " and exists (select 1 from embedcrm_contact_tags t where c.id = t.contact_id and "
                        + "t.tag_id in (?)) and c.country = ?", BY_NAME, List.of(tenant, tag, country), "",
                List.of());
    }

    /**
     * @param query  the query of the page, its cursor included
     * @param number which page it is, from 1
     */
    static SearchCase ratingDescending(String tenant, ContactQuery query, int number) {
        ContactCursor after = query.after();
        return of("rating descending, page " + number, query,
                ACTIVE, "c.rating desc, c.id desc", List.of(tenant), " and c.rating <= ? and (c.rating < ? or c.id < ?)",
                List.of(after.ratingKey(), after.ratingKey(), after.id().value()));
    }

    /**
     * @param where  the filter, shared by both statements
     * @param cursor the page statement's further condition that it starts after the cursor, or ""
     */
    private static SearchCase of(String label, ContactQuery query, String where, String order,
                                 List<Object> whereParameters, String cursor, List<Object> cursorParameters) {
        List<Object> pageParameters = new ArrayList<>(whereParameters);
        pageParameters.addAll(cursorParameters);
        pageParameters.add(query.pageSize() + 1);
        return new SearchCase(label, query,
                new Sql("select count(c.id) from embedcrm_contacts c where " + where, whereParameters),
                new Sql("select c.* from embedcrm_contacts c where " + where + cursor + " order by " + order
                        + " limit ?", pageParameters));
    }
}
