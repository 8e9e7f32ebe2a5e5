package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.report.DealMonth;
import org.embedcrm.core.report.DealTotals;
import org.embedcrm.core.report.Reports;
import org.embedcrm.core.report.SourceCount;
import org.embedcrm.core.report.StageDwell;
import org.embedcrm.core.report.UserFigures;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** The dashboard's and objectives' figures, each from one set-based SQL statement. */
public final class JpaReports extends JpaPort implements Reports {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaReports(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public List<DealTotals> dealTotals(TenantId tenant) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<DealMonth> dealsByMonth(TenantId tenant, LocalDate from, LocalDate to, ZoneId zone) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<PipelineId, Long> openDealsByPipeline(TenantId tenant) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public long[] wonAndLost(TenantId tenant, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<StageDwell> timeInStages(TenantId tenant, PipelineId pipeline) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<Deal> recentDeals(TenantId tenant, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<SourceCount> leadsBySource(TenantId tenant) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public UserFigures userFigures(TenantId tenant, Set<UserRef> users, Instant from, Instant to, ZoneId zone) {
        throw new UnsupportedOperationException("not yet");
    }
}
