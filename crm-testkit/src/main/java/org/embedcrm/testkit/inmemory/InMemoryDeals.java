package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.deal.DealTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.deal.StageTotals;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;

/** Deals and their stage history in memory. */
final class InMemoryDeals implements Deals {

    /** Oldest first, then by id as the databases compare UUIDs (unsigned). */
    private static final Comparator<Deal.Snapshot> CARD_ORDER = Comparator.comparing(Deal.Snapshot::createdAt)
            .thenComparing(d -> d.id().value(), InMemoryDeals::compareUnsigned);

    private final TransactionalMap<DealId, Deal.Snapshot> rows;
    private final TransactionalMap<DealId, List<StageChange>> history;

    InMemoryDeals(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
        this.history = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<Deal> find(TenantId tenant, DealId id) {
        return rows.get(id).filter(d -> d.tenant().equals(tenant)).map(Deal::restore);
    }

    @Override
    public Deal add(Deal deal) {
        Deal.Snapshot row = deal.snapshot();
        if (rows.get(row.id()).isPresent()) {
            throw new ConflictException("deal.exists", "deal " + row.id() + " is stored already", null);
        }
        return store(row, 0);
    }

    @Override
    public Deal update(Deal deal) {
        Deal.Snapshot row = deal.snapshot();
        Deal.Snapshot stored = rows.get(row.id()).filter(d -> d.tenant().equals(row.tenant()))
                .orElseThrow(() -> ConflictException.staleVersion("deal", row.id(), row.version()));
        if (stored.version() != row.version()) {
            throw ConflictException.staleVersion("deal", row.id(), row.version());
        }
        return store(row, row.version() + 1);
    }

    @Override
    public boolean anyInPipeline(TenantId tenant, PipelineId pipeline) {
        return inPipeline(tenant, pipeline).findAny().isPresent();
    }

    @Override
    public boolean anyInStage(TenantId tenant, StageId stage) {
        return rows.values().stream().anyMatch(d -> d.tenant().equals(tenant) && d.stage().equals(stage));
    }

    @Override
    public long countForContact(TenantId tenant, ContactId contact) {
        return rows.values().stream().filter(d -> d.tenant().equals(tenant))
                .filter(d -> contact.equals(d.terms().company()) || contact.equals(d.terms().customer())).count();
    }

    @Override
    public List<StageTotals> stageTotals(TenantId tenant, PipelineId pipeline) {
        Map<StageId, List<Deal.Snapshot>> byStage = inPipeline(tenant, pipeline)
                .collect(Collectors.groupingBy(Deal.Snapshot::stage, LinkedHashMap::new, Collectors.toList()));
        List<StageTotals> result = new ArrayList<>();
        byStage.forEach((stage, deals) -> {
            Map<String, Money> totals = new TreeMap<>();
            deals.stream().map(d -> d.terms().value()).filter(v -> v != null).forEach(v -> totals.merge(
                    v.currency().getCurrencyCode(), v, Money::plus));
            result.add(new StageTotals(stage, deals.size(), List.copyOf(totals.values())));
        });
        return result;
    }

    @Override
    public List<DealCard> cards(TenantId tenant, PipelineId pipeline, int perStage) {
        Map<StageId, List<Deal.Snapshot>> byStage = inPipeline(tenant, pipeline).sorted(CARD_ORDER)
                .collect(Collectors.groupingBy(Deal.Snapshot::stage, LinkedHashMap::new, Collectors.toList()));
        return byStage.values().stream().flatMap(deals -> deals.stream().limit(perStage))
                .map(d -> DealCard.of(Deal.restore(d))).toList();
    }

    @Override
    public void appendStageChange(TenantId tenant, StageChange change) {
        if (find(tenant, change.deal()).isEmpty()) {
            throw new IllegalStateException("deal " + change.deal() + " is not stored in tenant " + tenant);
        }
        List<StageChange> entries = new ArrayList<>(history.get(change.deal()).orElse(List.of()));
        entries.add(change);
        history.put(change.deal(), List.copyOf(entries));
    }

    @Override
    public List<StageChange> stageHistory(TenantId tenant, DealId deal) {
        return find(tenant, deal).isEmpty() ? List.of() : history.get(deal).orElse(List.of());
    }

    private Stream<Deal.Snapshot> inPipeline(TenantId tenant, PipelineId pipeline) {
        return rows.values().stream().filter(d -> d.tenant().equals(tenant) && d.pipeline().equals(pipeline));
    }

    private Deal store(Deal.Snapshot row, long version) {
        Deal.Snapshot stored = new Deal.Snapshot(row.id(), row.tenant(), version, row.terms(), row.pipeline(),
                row.stage(), row.actualCloseDate(), row.lostReason(), row.lostNote(), row.createdAt(),
                row.createdBy(), row.updatedAt());
        rows.put(row.id(), stored);
        return Deal.restore(stored);
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Override
    public int reassignContact(TenantId tenant, ContactId from, ContactId to) {
        List<Deal.Snapshot> linked = rows.values().stream().filter(d -> d.tenant().equals(tenant))
                .filter(d -> from.equals(d.terms().company()) || from.equals(d.terms().customer())).toList();
        linked.forEach(d -> {
            DealTerms t = d.terms();
            DealTerms moved = new DealTerms(t.title(), t.description(), t.value(), t.expectedCloseDate(),
                    t.probability(), from.equals(t.company()) ? to : t.company(),
                    from.equals(t.customer()) ? to : t.customer(), t.assignee());
            rows.put(d.id(), new Deal.Snapshot(d.id(), d.tenant(), d.version(), moved, d.pipeline(), d.stage(),
                    d.actualCloseDate(), d.lostReason(), d.lostNote(), d.createdAt(), d.createdBy(), d.updatedAt()));
        });
        return linked.size();
    }

    /** @return the tenant's deals as stored, for the in-memory reports */
    List<Deal.Snapshot> rows(TenantId tenant) {
        return rows.values().stream().filter(d -> d.tenant().equals(tenant)).toList();
    }
}
