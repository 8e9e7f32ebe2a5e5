package org.embedcrm.core.report;

/**
 * The dashboard's counts.
 *
 * @param companies       companies, archived or not
 * @param activeCompanies companies not archived
 * @param customers       active contacts with the customer role
 * @param leads           leads
 * @param qualifiedLeads  leads in one of the statuses the caller counts as qualified
 * @param deals           deals
 * @param openDeals       deals neither won nor lost
 * @param wonDeals        deals won
 * @param lostDeals       deals lost
 * @param tasks           tasks
 * @param pendingTasks    tasks open or in progress
 * @param doneTasks       tasks done
 */
public record DashboardCounts(long companies, long activeCompanies, long customers, long leads, long qualifiedLeads,
                              long deals, long openDeals, long wonDeals, long lostDeals, long tasks,
                              long pendingTasks, long doneTasks) {
}
