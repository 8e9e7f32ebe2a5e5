package org.embedcrm.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.Contacts;

/**
 * The dashboard, win rate, time in stage and deal attention levels. Obtain it from
 * {@link org.embedcrm.core.Crm#reports()}. Every figure is computed when asked, by aggregate queries.
 */
public final class DashboardService {

    /** Records in each "recent" list. */
    public static final int RECENT = 5;
    /** Months of the deal trend, this one included. */
    public static final int TREND_MONTHS = 6;

    private final ServiceContext ctx;
    private final Reports reports;
    private final Contacts contacts;
    private final Leads leads;
    private final Activities activities;
    private final Deals deals;
    private final Pipelines pipelines;

    /**
     * @param ctx        the service plumbing; never null
     * @param reports    the aggregate queries; never null
     * @param contacts   the contact port, for company and customer counts and recent lists; never null
     * @param leads      the lead port, for lead counts; never null
     * @param activities the activity port, for task figures; never null
     * @param deals      the deal port, for attention levels; never null
     * @param pipelines  the pipeline port, for attention levels; never null
     */
    public DashboardService(ServiceContext ctx, Reports reports, Contacts contacts, Leads leads,
                            Activities activities, Deals deals, Pipelines pipelines) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    }

    /**
     * @param qualifiedStatuses the lead statuses that count as qualified; never null
     * @return the tenant's dashboard now
     */
    public Dashboard dashboard(Set<LeadStatusId> qualifiedStatuses) {
        Objects.requireNonNull(qualifiedStatuses, "qualifiedStatuses");
        return ctx.run(() -> {
            var tenant = ctx.tenant();
            List<DealTotals> totals = reports.dealTotals(tenant);
            Map<ActivityStatus, Long> tasks = activities.taskCountsByStatus(tenant);
            Map<LeadStatusId, Long> leadCounts = leads.countByStatus(tenant);
            ContactFilter companies = ContactFilter.activeContacts().ofType(ContactType.COMPANY);
            ContactFilter customers = ContactFilter.activeContacts().withRoles(Set.of(ContactRole.CUSTOMER));
            DashboardCounts counts = new DashboardCounts(
                    count(companies.in(ArchiveScope.ALL)), count(companies), count(customers),
                    sum(leadCounts.values()), leadCounts.entrySet().stream()
                            .filter(e -> qualifiedStatuses.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum(),
                    totals.stream().mapToLong(DealTotals::total).sum(),
                    totals.stream().mapToLong(DealTotals::open).sum(),
                    totals.stream().mapToLong(DealTotals::won).sum(),
                    totals.stream().mapToLong(DealTotals::lost).sum(),
                    sum(tasks.values()),
                    tasks.getOrDefault(ActivityStatus.OPEN, 0L) + tasks.getOrDefault(ActivityStatus.IN_PROGRESS, 0L),
                    tasks.getOrDefault(ActivityStatus.DONE, 0L));
            LocalDate today = ctx.today();
            LocalDate trendStart = YearMonth.from(today).minusMonths(TREND_MONTHS - 1L).atDay(1);
            return new Dashboard(ctx.now(), counts,
                    totals.stream().filter(t -> t.currency() != null).map(CurrencyRevenue::of)
                            .sorted(Comparator.comparing(CurrencyRevenue::currency)).toList(),
                    recent(companies), recent(customers), reports.recentDeals(tenant, RECENT),
                    activities.upcomingTasks(tenant, null, RECENT),
                    reports.dealsByMonth(tenant, trendStart, today, ctx.clock().getZone()),
                    reports.leadsBySource(tenant), tasks, reports.openDealsByPipeline(tenant));
        });
    }

    /**
     * @param from the first close date counted; never null
     * @param to   the last close date counted, not before {@code from}; never null
     * @return won against lost deals closed in the period
     */
    public WinRate winRate(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "report.period.invalid", "a period ends on or after its start");
        }
        return ctx.run(() -> {
            long[] counts = reports.wonAndLost(ctx.tenant(), from, to);
            return new WinRate(counts[0], counts[1]);
        });
    }

    /**
     * @param pipeline a pipeline; never null
     * @return how long deals stayed in each of its stages, on average
     */
    public List<StageDwell> timeInStages(PipelineId pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        return ctx.run(() -> reports.timeInStages(ctx.tenant(), pipeline));
    }

    /**
     * @param id a deal; never null
     * @return its attention level and probability band today
     * @throws NotFoundException when it does not exist
     */
    public DealAttention attention(DealId id) {
        Objects.requireNonNull(id, "deal");
        return ctx.run(() -> {
            Deal deal = deals.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("deal", id));
            var stage = pipelines.find(ctx.tenant(), deal.pipeline()).orElseThrow().stages().stream()
                    .filter(s -> s.id().equals(deal.stage())).findFirst().orElseThrow();
            return DealAttention.of(deal, stage, ctx.today(), ctx.clock().getZone());
        });
    }

    private long count(ContactFilter filter) {
        return contacts.search(ctx.tenant(), ContactQuery.firstPage(filter).pageOf(1)).total();
    }

    private List<org.embedcrm.core.party.Contact> recent(ContactFilter filter) {
        return contacts.search(ctx.tenant(), ContactQuery.firstPage(filter).sortedBy(ContactSort.CREATED, true)
                .pageOf(RECENT)).contacts();
    }

    private static long sum(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
