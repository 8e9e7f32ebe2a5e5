package org.embedcrm.core.activity;

import java.util.Objects;
import java.util.UUID;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;

/**
 * Points at one contact, lead, deal, pipeline or stage: what an audit entry or a timeline speaks about.
 *
 * @param kind the kind of record; never null
 * @param id   its identifier; never null
 */
public record RecordRef(RecordKind kind, UUID id) {

    /** Rejects null parts. */
    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param contact a contact; never null
     * @return a reference to it
     */
    public static RecordRef of(ContactId contact) {
        return new RecordRef(RecordKind.CONTACT, contact.value());
    }

    /**
     * @param lead a lead; never null
     * @return a reference to it
     */
    public static RecordRef of(LeadId lead) {
        return new RecordRef(RecordKind.LEAD, lead.value());
    }

    /**
     * @param deal a deal; never null
     * @return a reference to it
     */
    public static RecordRef of(DealId deal) {
        return new RecordRef(RecordKind.DEAL, deal.value());
    }

    /**
     * @param pipeline a pipeline; never null
     * @return a reference to it
     */
    public static RecordRef of(PipelineId pipeline) {
        return new RecordRef(RecordKind.PIPELINE, pipeline.value());
    }

    /**
     * @param stage a stage; never null
     * @return a reference to it
     */
    public static RecordRef of(StageId stage) {
        return new RecordRef(RecordKind.STAGE, stage.value());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
