package org.embedcrm.core.port;

import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.deal.Pipelines;

/**
 * One storage technology's implementation of every repository port, with the transactions that span them.
 * {@code crm-persistence-jpa} and the testkit's in-memory store implement it.
 */
public interface CrmStore {

    /** @return the transactions all repositories below take part in; never null */
    Transactions transactions();

    /** @return the pipelines (with their stages); never null */
    Pipelines pipelines();

    /** @return the deals and their stage history; never null */
    Deals deals();

    /** @return the configurable lost reasons; never null */
    LostReasons lostReasons();
}
