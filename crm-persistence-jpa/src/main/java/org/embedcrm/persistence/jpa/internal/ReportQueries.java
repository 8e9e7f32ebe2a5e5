package org.embedcrm.persistence.jpa.internal;

/**
 * The statements of {@link JpaReports}: HQL where the entities say enough, native SQL where the query needs a
 * derived table of a union or a window function. Every one is an aggregate the database computes.
 */
final class ReportQueries {

    // Every figure a deal adds to the totals of its currency; a deal without a probability weighs nothing.
    static final String DEAL_TOTALS = """
            select d.valueCurrency, count(d),
                   sum(case when s.won = false and s.lost = false then 1 else 0 end),
                   sum(case when s.won = true then 1 else 0 end),
                   sum(case when s.lost = true then 1 else 0 end),
                   sum(case when s.won = true then d.valueAmount end),
                   sum(case when s.won = false and s.lost = false then d.valueAmount end),
                   sum(case when s.won = false and s.lost = false then d.valueAmount * d.probability end)
            from EmbedCrmDeal d join EmbedCrmStage s on s.id = d.stageId
            where d.tenantId = :tenant
            group by d.valueCurrency""";

    // The deals created in each month (the bucket is the caller's CASE over the months' first instants) and those
    // closed in it. Each branch aggregates its own rows, so the union and the outer sum see a few dozen rows, and
    // the database may aggregate each branch in parallel.
    static final String DEALS_BY_MONTH = """
            select x.bucket, x.currency, sum(x.created), sum(x.won), sum(x.lost), sum(x.won_amount)
            from (
                select c.bucket, c.currency, count(*) as created, 0 as won, 0 as lost,
                       cast(null as decimal(19, 4)) as won_amount
                from (
                    select %s as bucket, d.value_currency as currency
                    from embedcrm_deals d
                    where d.tenant_id = :tenant and d.created_at >= :createdFrom and d.created_at < :createdTo
                ) c
                group by c.bucket, c.currency
                union all
                select w.bucket, w.currency, 0, sum(w.won), sum(1 - w.won), sum(w.won_amount)
                from (
                    select extract(year from d.actual_close_date) * 12 + extract(month from d.actual_close_date) - 1
                               as bucket,
                           d.value_currency as currency,
                           case when s.won = true then 1 else 0 end as won,
                           case when s.won = true then d.value_amount end as won_amount
                    from embedcrm_deals d join embedcrm_stages s on s.id = d.stage_id
                    where d.tenant_id = :tenant and d.actual_close_date >= :closedFrom
                      and d.actual_close_date <= :closedTo and (s.won = true or s.lost = true)
                ) w
                group by w.bucket, w.currency
            ) x
            group by x.bucket, x.currency""";

    static final String OPEN_BY_PIPELINE = """
            select d.pipelineId, count(d) from EmbedCrmDeal d join EmbedCrmStage s on s.id = d.stageId
            where d.tenantId = :tenant and s.won = false and s.lost = false
            group by d.pipelineId""";

    static final String WON_AND_LOST = """
            select sum(case when s.won = true then 1 else 0 end), sum(case when s.lost = true then 1 else 0 end)
            from EmbedCrmDeal d join EmbedCrmStage s on s.id = d.stageId
            where d.tenantId = :tenant and d.actualCloseDate >= :from and d.actualCloseDate <= :to""";

    // Each entry of a deal's history lasts until the next one (LEAD over the deal's history in order); the last
    // entry is a stay that has not ended and does not count. Each stay is counted in whole seconds, rounded down.
    static final String TIME_IN_STAGES = """
            select h.to_stage_id as stage_id, count(*) as stays, sum(%s) as seconds
            from (
                select c.pipeline_id, c.to_stage_id, c.changed_at,
                       lead(c.changed_at) over (partition by c.deal_id order by c.changed_at, c.id) as left_at
                from embedcrm_deal_stage_changes c
                where c.tenant_id = :tenant
            ) h
            where h.pipeline_id = :pipeline and h.left_at is not null
            group by h.to_stage_id""";
    static final String SECONDS = "floor(extract(epoch from h.left_at) - extract(epoch from h.changed_at))";
    // MariaDB has no epoch field; TIMESTAMPDIFF truncates, which rounds a stay (never negative) down as well.
    static final String MARIADB_SECONDS = "timestampdiff(second, h.changed_at, h.left_at)";

    static final String LEADS_BY_SOURCE = """
            select l.sourceId, count(l) from EmbedCrmLead l where l.tenantId = :tenant group by l.sourceId""";

    static final String CREATED = """
            d.createdBy in :users and d.createdAt >= :from and d.createdAt < :to""";
    static final String WON = """
            s.won = true and coalesce(d.assignee, d.createdBy) in :users
            and d.actualCloseDate >= :firstDay and d.actualCloseDate < :lastDayExclusive""";
    static final String USER_DEALS = """
            select d.valueCurrency, sum(case when %1$s then 1 else 0 end), sum(case when %2$s then 1 else 0 end),
                   sum(case when %2$s then d.valueAmount end)
            from EmbedCrmDeal d join EmbedCrmStage s on s.id = d.stageId
            where d.tenantId = :tenant and ((%1$s) or (%2$s))
            group by d.valueCurrency""".formatted(CREATED, WON);

    static final String USER_INTERACTIONS = """
            select i.kind, count(i) from EmbedCrmInteraction i
            where i.tenantId = :tenant and i.author in :users and i.occurredAt >= :from and i.occurredAt < :to
              and i.kind in ('CALL', 'MEETING')
            group by i.kind""";

    private ReportQueries() {
    }
}
