package org.embedcrm.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * The port answering the dashboard's and the objectives' aggregate questions, each with set-based queries (no
 * entity is loaded to count or sum). Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.ReportsContract}.
 */
public interface Reports {

    /**
     * @param tenant the tenant; never null
     * @return deal counts and amounts per currency (one entry for deals without a value, when there are any);
     *         never null
     */
    List<DealTotals> dealTotals(TenantId tenant);

    /**
     * @param tenant the tenant; never null
     * @param from   the first day counted; never null
     * @param to     the last day counted; never null
     * @param zone   the time zone that tells a creation's day; never null
     * @return per month and currency with any activity, deals created, won and lost; by month, then currency
     *         (none first); never null
     */
    List<DealMonth> dealsByMonth(TenantId tenant, LocalDate from, LocalDate to, ZoneId zone);

    /**
     * @param tenant the tenant; never null
     * @return how many open deals each pipeline holding any has; never null
     */
    Map<PipelineId, Long> openDealsByPipeline(TenantId tenant);

    /**
     * @param tenant the tenant; never null
     * @param from   the first close date counted; never null
     * @param to     the last close date counted; never null
     * @return won and lost deals closed in the range: {@code [won, lost]}; never null
     */
    long[] wonAndLost(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * @param tenant   the tenant; never null
     * @param pipeline the pipeline; never null
     * @return per stage of the pipeline that deals have left, how long they stayed on average; never null
     */
    List<StageDwell> timeInStages(TenantId tenant, PipelineId pipeline);

    /**
     * @param tenant the tenant; never null
     * @param limit  at most this many; at least 1
     * @return the deals created last, newest first; never null
     */
    List<Deal> recentDeals(TenantId tenant, int limit);

    /**
     * @param tenant the tenant; never null
     * @return how many leads each source (and no source) brought; never null
     */
    List<SourceCount> leadsBySource(TenantId tenant);

    /**
     * @param tenant the tenant; never null
     * @param users  the users counted; never null, not empty
     * @param from   the range's start, inclusive; never null
     * @param to     the range's end, exclusive; never null
     * @param zone   the time zone that turns the range into close dates; never null
     * @return what those users achieved in the range; never null
     */
    UserFigures userFigures(TenantId tenant, Set<UserRef> users, Instant from, Instant to, ZoneId zone);
}
