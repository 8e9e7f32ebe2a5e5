package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.lead.LeadConversion;
import org.embedcrm.core.lead.LeadDetails;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.TenantId;

/** Leads in memory, with a unique e-mail address per tenant. */
final class InMemoryLeads implements Leads {

    /** Newest first, then by id descending (as unsigned bytes): the order every lead list uses. */
    private static final Comparator<Lead> NEWEST_FIRST = Comparator.comparing(Lead::createdAt)
            .thenComparing(l -> l.id().value(), ContactOrder::compareUnsigned).reversed();

    private final VersionedTable<LeadId, Lead.Snapshot> table;

    InMemoryLeads(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("lead", Lead.Snapshot::id,
                Lead.Snapshot::tenant, Lead.Snapshot::version,
                (l, v) -> new Lead.Snapshot(l.id(), l.tenant(), v, l.details(), l.status(), l.assignee(), l.consent(),
                        l.lostReason(), l.lostNote(), l.conversion(), l.opportunities(), l.createdAt(), l.createdBy(),
                        l.updatedAt()),
                List.of(new VersionedTable.UniqueKey<>(
                        l -> l.details().email() == null ? null : l.details().email().matchKey(), "lead.email-taken"))));
    }

    @Override
    public Optional<Lead> find(TenantId tenant, LeadId id) {
        return table.find(tenant, id).map(Lead::restore);
    }

    @Override
    public Lead add(Lead lead) {
        return Lead.restore(table.add(lead.snapshot()));
    }

    @Override
    public Lead update(Lead lead) {
        return Lead.restore(table.update(lead.snapshot()));
    }

    @Override
    public Optional<Lead> withEmail(TenantId tenant, EmailAddress email) {
        return leads(tenant).filter(l -> l.details().email() != null
                && l.details().email().matchKey().equals(email.matchKey())).findFirst();
    }

    @Override
    public List<Lead> withPhone(TenantId tenant, PhoneNumber phone) {
        return leads(tenant).filter(l -> l.details().phone() != null
                && l.details().phone().e164().equals(phone.e164())).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public LeadPage search(TenantId tenant, LeadQuery query) {
        List<Lead> matches = leads(tenant).filter(l -> matches(query.filter(), l)).sorted(NEWEST_FIRST).toList();
        List<Lead> page = matches.stream().filter(l -> query.afterLead() == null || isAfter(query, l))
                .limit(query.pageSize() + 1L).toList();
        String next = null;
        if (page.size() > query.pageSize()) {
            page = page.subList(0, query.pageSize());
            next = LeadQuery.cursorAfter(page.get(page.size() - 1));
        }
        return new LeadPage(page, matches.size(), next);
    }

    @Override
    public List<Lead> boardCards(TenantId tenant, int perStatus) {
        Map<LeadStatusId, List<Lead>> byStatus = leads(tenant).sorted(NEWEST_FIRST)
                .collect(Collectors.groupingBy(Lead::status, LinkedHashMap::new, Collectors.toList()));
        return byStatus.values().stream().flatMap(list -> list.stream().limit(perStatus)).toList();
    }

    @Override
    public long countForContact(TenantId tenant, ContactId contact) {
        return leads(tenant).filter(l -> contact.equals(l.details().referent())
                || l.conversion().filter(c -> contact.equals(c.customer()) || contact.equals(c.company())).isPresent())
                .count();
    }

    @Override
    public Map<LeadStatusId, Long> countByStatus(TenantId tenant) {
        return leads(tenant).collect(Collectors.groupingBy(Lead::status, HashMap::new, Collectors.counting()));
    }

    private Stream<Lead> leads(TenantId tenant) {
        return table.all(tenant).map(Lead::restore);
    }

    private static boolean isAfter(LeadQuery query, Lead lead) {
        int byTime = lead.createdAt().compareTo(query.afterCreated());
        int comparison = byTime != 0 ? byTime : ContactOrder.compareUnsigned(lead.id().value(), query.afterLead().value());
        return comparison < 0;
    }

    private static boolean matches(LeadFilter f, Lead l) {
        return (f.statuses().isEmpty() || f.statuses().contains(l.status()))
                && (f.source() == null || f.source().equals(l.details().source()))
                && (f.assignee() == null || f.assignee().equals(l.assignee()))
                && (f.text() == null || textMatches(f.text().toLowerCase(Locale.ROOT), l));
    }

    private static boolean textMatches(String needle, Lead l) {
        return Stream.of(l.details().title(), l.details().contactName(), l.details().companyName(),
                        l.details().email() == null ? null : l.details().email().matchKey())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(needle));
    }

    @Override
    public int reassignContact(TenantId tenant, ContactId from, ContactId to) {
        List<Lead.Snapshot> linked = table.all(tenant).filter(l -> from.equals(l.details().referent())
                || l.conversion() != null && (from.equals(l.conversion().customer())
                        || from.equals(l.conversion().company()))).toList();
        linked.forEach(l -> {
            LeadConversion c = l.conversion();
            LeadConversion moved = c == null ? null : new LeadConversion(c.at(), c.by(),
                    from.equals(c.customer()) ? to : c.customer(), from.equals(c.company()) ? to : c.company(),
                    c.deal());
            LeadDetails d = l.details();
            LeadDetails details = from.equals(d.referent()) ? new LeadDetails(d.title(), d.description(),
                    d.contactName(), d.email(), d.phone(), d.companyName(), d.value(), d.source(), to) : d;
            table.replace(new Lead.Snapshot(l.id(), l.tenant(), l.version(), details, l.status(), l.assignee(),
                    l.consent(), l.lostReason(), l.lostNote(), moved, l.opportunities(), l.createdAt(), l.createdBy(),
                    l.updatedAt()));
        });
        return linked.size();
    }

    @Override
    public int reassignOpportunities(TenantId tenant, LeadId from, LeadId to) {
        Lead.Snapshot source = table.find(tenant, from).orElse(null);
        Lead.Snapshot target = table.find(tenant, to).orElse(null);
        if (source == null || target == null) {
            return 0;
        }
        List<DealId> added = source.opportunities().stream().filter(d -> !target.opportunities().contains(d))
                .toList();
        List<DealId> all = new ArrayList<>(target.opportunities());
        all.addAll(added);
        table.replace(new Lead.Snapshot(target.id(), target.tenant(), target.version(), target.details(),
                target.status(), target.assignee(), target.consent(), target.lostReason(), target.lostNote(),
                target.conversion(), all, target.createdAt(), target.createdBy(), target.updatedAt()));
        return added.size();
    }

    @Override
    public void remove(Lead lead) {
        table.remove(lead.snapshot());
    }

    /** @return the tenant's leads as stored, for the in-memory reports */
    List<Lead.Snapshot> rows(TenantId tenant) {
        return table.all(tenant).toList();
    }
}
