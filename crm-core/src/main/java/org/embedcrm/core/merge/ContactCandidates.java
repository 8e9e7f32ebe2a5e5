package org.embedcrm.core.merge;

import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.shared.TenantId;

/**
 * The port through which a search for duplicates reads the stored contacts: it files the contacts a filter selects
 * under a finder's blocking keys and serves them back as {@link DuplicateCandidates}, one block at a time, so that a
 * database never has to hand over every contact at once. Contract:
 * {@code org.embedcrm.testkit.contract.DuplicateSearchContract}.
 */
public interface ContactCandidates {

    /**
     * Starts one search: files every contact of the tenant that the filter selects under the finder's blocking keys.
     * Run it, and the search it returns, in one transaction.
     *
     * @param tenant the tenant; never null
     * @param filter which contacts take part, e.g. the active persons; never null
     * @param finder the finder whose {@link DuplicateFinder#blockingKeys blocking keys} file the contacts; never
     *               null
     * @return the search's candidates, their record ids the contact ids (see {@link DuplicateService#recordOf});
     *         close it when done, whether the search succeeded or not
     */
    CandidateSearch open(TenantId tenant, ContactFilter filter, DuplicateFinder finder);
}
