package org.embedcrm.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactType;

/**
 * Finds duplicate leads in the store with a {@link DuplicateFinder}. Obtain it from
 * {@link org.embedcrm.core.Crm#leadDuplicates()}; merge what it finds with {@link LeadMergeService}.
 *
 * <p>{@link #find} reads the leads page by page ({@value #PAGE} at a time) and compares them with blocking, so the work
 * grows about linearly with their number; their match records are held in memory while the finder runs. The checks
 * of one lead read only its look-alikes.
 */
public final class LeadDuplicateService {

    /** Leads read per page. */
    public static final int PAGE = LeadQuery.MAX_PAGE;

    private final ServiceContext ctx;
    private final Leads leads;
    private final DuplicateService contacts;

    /**
     * @param ctx      the service plumbing; never null
     * @param leads    the lead port; never null
     * @param contacts finds the contacts a lead may already be; never null
     */
    public LeadDuplicateService(ServiceContext ctx, Leads leads, DuplicateService contacts) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * @param filter   which leads to compare, e.g. {@link LeadFilter#allLeads()}; never null
     * @param criteria the fields, weights and threshold, e.g. {@link DuplicateCriteria#persons()}; never null
     * @return the likely duplicate pairs, each explained, and their clusters; record ids are lead ids
     */
    public DuplicateReport find(LeadFilter filter, DuplicateCriteria criteria) {
        Objects.requireNonNull(filter, "filter");
        return DuplicateFinder.of(criteria).find(records(filter));
    }

    /**
     * The check made when a lead is created or imported: its likely duplicates among the other leads. The leads'
     * text search is asked for the local part of its e-mail address and its contact's last name (else its company's
     * longest word), and the leads with its phone number are read: at most the criteria's maximum block size of leads
     * per term, never all leads.
     *
     * @param id       the lead; never null
     * @param criteria the fields, weights and threshold; never null
     * @return its likely duplicates, best first, the lead first in each pair
     * @throws NotFoundException when it does not exist
     */
    public List<DuplicatePair> duplicatesOf(LeadId id, DuplicateCriteria criteria) {
        Objects.requireNonNull(id, "lead");
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        int perTerm = Math.min(criteria.maxBlockSize(), LeadQuery.MAX_PAGE);
        return ctx.run(() -> {
            Lead lead = load(id);
            MatchRecord record = recordOf(lead);
            Map<LeadId, MatchRecord> lookalikes = new LinkedHashMap<>();
            for (String term : SearchTerms.texts(record)) {
                leads.search(ctx.tenant(), LeadQuery.firstPage(new LeadFilter(null, null, null, term))
                        .pageOf(perTerm)).leads().forEach(l -> lookalikes.computeIfAbsent(l.id(), k -> recordOf(l)));
            }
            if (lead.details().phone() != null) {
                leads.withPhone(ctx.tenant(), lead.details().phone()).stream().limit(perTerm)
                        .forEach(l -> lookalikes.computeIfAbsent(l.id(), k -> recordOf(l)));
            }
            return finder.duplicatesOf(record, DuplicateCandidates.inMemory(lookalikes.values(), finder));
        });
    }

    /**
     * The check made before a lead is converted: the contacts it may already be, among the active persons (the
     * companies when it names no contact person), found as
     * {@link DuplicateService#duplicatesOf(MatchRecord, ContactType, DuplicateCriteria)} finds them.
     *
     * @param id       the lead; never null
     * @param criteria the fields, weights and threshold, e.g. {@link DuplicateCriteria#persons()}; never null
     * @return the likely matches, best first, the lead first in each pair and a contact id second
     * @throws NotFoundException when the lead does not exist
     */
    public List<DuplicatePair> contactsLike(LeadId id, DuplicateCriteria criteria) {
        Objects.requireNonNull(id, "lead");
        Objects.requireNonNull(criteria, "criteria");
        return ctx.run(() -> {
            Lead lead = load(id);
            return contacts.duplicatesOf(recordOf(lead),
                    lead.details().contactName() == null ? ContactType.COMPANY : ContactType.PERSON, criteria);
        });
    }

    /**
     * @param lead a lead; never null
     * @return what duplicate detection compares of it: the contact's name (split at its last space into first and
     *         last name, the whole as the name), the company's name, its e-mail address and phone number (E.164); its
     *         id is the lead's id, so it can also be compared with contacts' records
     *         ({@link DuplicateService#recordOf})
     */
    public static MatchRecord recordOf(Lead lead) {
        LeadDetails d = lead.details();
        MatchRecordId id = MatchRecordId.of(lead.id().toString());
        MatchRecord record = d.contactName() == null ? MatchRecord.organisation(id, d.companyName())
                : person(id, d.contactName()).withCompanyName(d.companyName());
        if (d.email() != null) {
            record = record.withEmails(d.email().value());
        }
        return d.phone() == null ? record : record.withPhones(d.phone().e164());
    }

    private static MatchRecord person(MatchRecordId id, String fullName) {
        int space = fullName.lastIndexOf(' ');
        MatchRecord person = space < 0 ? MatchRecord.person(id, null, fullName)
                : MatchRecord.person(id, fullName.substring(0, space), fullName.substring(space + 1));
        return person.withName(fullName);
    }

    private Lead load(LeadId id) {
        return leads.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("lead", id));
    }

    private List<MatchRecord> records(LeadFilter filter) {
        List<MatchRecord> records = new ArrayList<>();
        LeadQuery query = LeadQuery.firstPage(filter).pageOf(PAGE);
        while (query != null) {
            LeadQuery current = query;
            LeadPage page = ctx.run(() -> leads.search(ctx.tenant(), current));
            page.leads().forEach(l -> records.add(recordOf(l)));
            query = page.nextCursor() == null ? null : current.after(page.nextCursor());
        }
        return records;
    }
}
