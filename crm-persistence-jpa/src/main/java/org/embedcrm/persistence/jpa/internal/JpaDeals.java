package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;

/** Deals in {@code embedcrm_deals} and their stage history in {@code embedcrm_deal_stage_changes}. */
final class JpaDeals extends JpaPort implements Deals {

    // Window functions read the oldest cards of every stage in one statement on H2, PostgreSQL and MariaDB alike.
    private static final String OLDEST_CARDS_PER_STAGE = """
            select ranked.* from (
                select d.*, row_number() over (partition by d.stage_id order by d.created_at, d.id) as card_rank
                from embedcrm_deals d
                where d.tenant_id = :tenant and d.pipeline_id = :pipeline) ranked
            where ranked.card_rank <= :perStage
            order by ranked.stage_id, ranked.card_rank""";

    JpaDeals(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Deal> find(TenantId tenant, DealId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select d from EmbedCrmDeal d where d.tenantId = :tenant and d.id = :id", DealEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(DealEntity::toDeal));
    }

    @Override
    public Deal add(Deal deal) {
        requireNew(deal.version(), "deal", deal.id());
        return inTransaction(() -> {
            DealEntity row = new DealEntity(deal.snapshot());
            entityManager().persist(row);
            entityManager().flush();
            return row.toDeal();
        });
    }

    @Override
    public Deal update(Deal deal) {
        return inTransaction(() -> {
            DealEntity row = entityManager().find(DealEntity.class, deal.id().value());
            if (row == null || !row.belongsTo(deal.tenant()) || row.version() != deal.version()) {
                throw ConflictException.staleVersion("deal", deal.id(), deal.version());
            }
            row.copy(deal.snapshot());
            flush(row, deal.version());
            return row.toDeal();
        });
    }

    @Override
    public boolean anyInPipeline(TenantId tenant, PipelineId pipeline) {
        return inTransaction(() -> !entityManager().createQuery(
                        "select d.id from EmbedCrmDeal d where d.tenantId = :tenant and d.pipelineId = :pipeline",
                        UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("pipeline", pipeline.value())
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    @Override
    public boolean anyInStage(TenantId tenant, StageId stage) {
        return inTransaction(() -> !entityManager().createQuery(
                        "select d.id from EmbedCrmDeal d where d.tenantId = :tenant and d.stageId = :stage",
                        UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("stage", stage.value())
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    @Override
    public long countForContact(TenantId tenant, ContactId contact) {
        return inTransaction(() -> entityManager().createQuery("""
                        select count(d) from EmbedCrmDeal d
                        where d.tenantId = :tenant and (d.companyId = :contact or d.customerId = :contact)""",
                        Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("contact", contact.value())
                .getSingleResult());
    }

    /**
     * One update for both columns; versions stay as they are, as for every set-based move of a merge. Deals loaded
     * earlier in this transaction are written first and evicted after, so they neither overwrite the move nor hand
     * out the old contact.
     */
    @Override
    public int reassignContact(TenantId tenant, ContactId from, ContactId to) {
        if (from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            int changed = entityManager.createQuery("""
                            update EmbedCrmDeal d
                            set d.companyId = case when d.companyId = :from then :to else d.companyId end,
                                d.customerId = case when d.customerId = :from then :to else d.customerId end
                            where d.tenantId = :tenant and (d.companyId = :from or d.customerId = :from)""")
                    .setParameter("from", from.value())
                    .setParameter("to", to.value())
                    .setParameter("tenant", tenant.value())
                    .executeUpdate();
            if (changed > 0) {
                Evictions.evictAll(entityManager, DealEntity.class);
            }
            return changed;
        });
    }

    @Override
    public List<StageTotals> stageTotals(TenantId tenant, PipelineId pipeline) {
        return inTransaction(() -> {
            List<Object[]> rows = entityManager().createQuery("""
                            select d.stageId, d.valueCurrency, count(d), sum(d.valueAmount) from EmbedCrmDeal d
                            where d.tenantId = :tenant and d.pipelineId = :pipeline
                            group by d.stageId, d.valueCurrency""", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("pipeline", pipeline.value())
                    .getResultList();
            Map<UUID, StageSum> sums = new LinkedHashMap<>();
            for (Object[] row : rows) {
                sums.computeIfAbsent((UUID) row[0], StageSum::new)
                        .add((String) row[1], ((Number) row[2]).longValue(), (BigDecimal) row[3]);
            }
            return sums.values().stream().map(StageSum::toTotals).toList();
        });
    }

    @Override
    public List<DealCard> cards(TenantId tenant, PipelineId pipeline, int perStage) {
        if (perStage < 1) {
            throw new IllegalArgumentException("perStage must be at least 1: " + perStage);
        }
        return inTransaction(() -> entityManager().unwrap(Session.class)
                .createNativeQuery(OLDEST_CARDS_PER_STAGE, DealEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("pipeline", pipeline.value())
                .setParameter("perStage", perStage)
                .getResultList().stream().map(row -> DealCard.of(row.toDeal())).toList());
    }

    @Override
    public void appendStageChange(TenantId tenant, StageChange change) {
        inTransaction(() -> {
            // The deal was read or written in this transaction, so this finds it without a query.
            DealEntity deal = entityManager().find(DealEntity.class, change.deal().value());
            if (deal == null || !deal.belongsTo(tenant)) {
                throw new IllegalStateException("deal " + change.deal() + " is not stored in tenant " + tenant);
            }
            entityManager().persist(new StageChangeEntity(tenant, change));
            entityManager().flush();
            return null;
        });
    }

    @Override
    public List<StageChange> stageHistory(TenantId tenant, DealId deal) {
        return inTransaction(() -> entityManager().createQuery("""
                        select c from EmbedCrmStageChange c where c.tenantId = :tenant and c.dealId = :deal
                        order by c.changedAt, c.id""", StageChangeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("deal", deal.value())
                .getResultList().stream().map(StageChangeEntity::toStageChange).toList());
    }

    /** The count and per-currency sums of one stage, gathered from its rows of the grouped query. */
    private static final class StageSum {

        private final StageId stage;
        private long count;
        private final List<Money> totals = new ArrayList<>();

        StageSum(UUID stage) {
            this.stage = new StageId(stage);
        }

        void add(String currency, long deals, BigDecimal sum) {
            count += deals;
            // Deals without a value form the group without a currency: they count, but add to no total.
            if (currency != null) {
                totals.add(Money.of(sum, Money.currency(currency)));
            }
        }

        StageTotals toTotals() {
            totals.sort(Comparator.comparing(money -> money.currency().getCurrencyCode()));
            return new StageTotals(stage, count, totals);
        }
    }
}
