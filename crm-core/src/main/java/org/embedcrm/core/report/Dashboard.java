package org.embedcrm.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.party.Contact;

/**
 * The sales dashboard of a tenant at one moment.
 *
 * @param computedAt          never null
 * @param counts              never null
 * @param revenue             per currency, by currency code; never null
 * @param recentCompanies     the 5 companies created last; never null
 * @param recentCustomers     the 5 customers created last; never null
 * @param recentDeals         the 5 deals created last; never null
 * @param nextTasks           the 5 tasks due next; never null
 * @param dealsByMonth        the last 6 months' deals per month and currency; never null
 * @param leadsBySource       never null
 * @param tasksByStatus       never null
 * @param openDealsByPipeline never null
 */
public record Dashboard(Instant computedAt, DashboardCounts counts, List<CurrencyRevenue> revenue,
                        List<Contact> recentCompanies, List<Contact> recentCustomers, List<Deal> recentDeals,
                        List<Activity> nextTasks, List<DealMonth> dealsByMonth, List<SourceCount> leadsBySource,
                        Map<ActivityStatus, Long> tasksByStatus, Map<PipelineId, Long> openDealsByPipeline) {

    /** Rejects null parts and copies the collections. */
    public Dashboard {
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(counts, "counts");
        revenue = List.copyOf(revenue);
        recentCompanies = List.copyOf(recentCompanies);
        recentCustomers = List.copyOf(recentCustomers);
        recentDeals = List.copyOf(recentDeals);
        nextTasks = List.copyOf(nextTasks);
        dealsByMonth = List.copyOf(dealsByMonth);
        leadsBySource = List.copyOf(leadsBySource);
        tasksByStatus = Map.copyOf(tasksByStatus);
        openDealsByPipeline = Map.copyOf(openDealsByPipeline);
    }
}
