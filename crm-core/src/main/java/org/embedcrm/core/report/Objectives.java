package org.embedcrm.core.report;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.shared.TenantId;

/** The port holding objectives. Contract: {@code org.embedcrm.testkit.contract.ReportsContract}. */
public interface Objectives {

    /** @param objective a new objective; never null */
    void add(Objective objective);

    /**
     * @param tenant never null
     * @param id     never null
     * @return the objective, when it exists in that tenant
     */
    Optional<Objective> find(TenantId tenant, ObjectiveId id);

    /**
     * @param tenant never null
     * @return every objective of the tenant, by start date; never null
     */
    List<Objective> all(TenantId tenant);

    /**
     * @param tenant never null
     * @param id     never null
     */
    void remove(TenantId tenant, ObjectiveId id);
}
