package org.embedcrm.core.deal;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding deals and their stage history. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.DealsContract}.
 */
public interface Deals {

    /**
     * @param tenant the tenant; never null
     * @param id     the deal; never null
     * @return the deal, when it exists in that tenant
     */
    Optional<Deal> find(TenantId tenant, DealId id);

    /**
     * @param deal a new deal of version 0; never null
     * @return the stored deal with its new version
     */
    Deal add(Deal deal);

    /**
     * @param deal a deal read earlier and changed since; never null
     * @return the stored deal with its new version
     * @throws ConflictException when it was changed by someone else since it was read
     */
    Deal update(Deal deal);

    /**
     * @param tenant   the tenant; never null
     * @param pipeline the pipeline; never null
     * @return whether any deal sits in that pipeline
     */
    boolean anyInPipeline(TenantId tenant, PipelineId pipeline);

    /**
     * @param tenant the tenant; never null
     * @param stage  the stage; never null
     * @return whether any deal sits in that stage
     */
    boolean anyInStage(TenantId tenant, StageId stage);

    /**
     * @param tenant  the tenant; never null
     * @param contact a contact; never null
     * @return how many deals have it as their company or their customer
     */
    long countForContact(TenantId tenant, ContactId contact);

    /**
     * @param tenant   the tenant; never null
     * @param pipeline the pipeline; never null
     * @return per stage of the pipeline holding deals, how many and their value totals per currency; never null
     */
    List<StageTotals> stageTotals(TenantId tenant, PipelineId pipeline);

    /**
     * @param tenant   the tenant; never null
     * @param pipeline the pipeline; never null
     * @param perStage at most this many cards per stage, the oldest deals first; at least 1
     * @return the cards of the pipeline's deals, grouped by nothing in particular; never null
     */
    List<DealCard> cards(TenantId tenant, PipelineId pipeline, int perStage);

    /**
     * @param tenant the tenant; never null
     * @param change an entry to append to the deal's stage history; never null
     */
    void appendStageChange(TenantId tenant, StageChange change);

    /**
     * @param tenant the tenant; never null
     * @param deal   the deal; never null
     * @return its stage history, oldest first; never null
     */
    List<StageChange> stageHistory(TenantId tenant, DealId deal);

    /**
     * Points every deal whose company or customer is {@code from} at {@code to}, set-based (a merge).
     *
     * @param tenant the tenant; never null
     * @param from   the contact merged away; never null
     * @param to     the contact kept; never null
     * @return how many deals changed
     */
    int reassignContact(TenantId tenant, ContactId from, ContactId to);
}
