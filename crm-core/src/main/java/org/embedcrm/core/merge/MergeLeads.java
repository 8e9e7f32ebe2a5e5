package org.embedcrm.core.merge;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.embedcrm.core.lead.LeadId;

/**
 * Command: merge the lead {@code source} into the lead {@code target}. Start from {@link #of(LeadId, LeadId)}.
 *
 * @param source        the lead merged away; never null
 * @param target        the lead kept; never null
 * @param fromSource    fields whose value the target takes from the source where both have one; never null
 * @param sourceVersion the source's version the caller previewed, or null to skip the check
 * @param targetVersion the target's version the caller previewed, or null to skip the check
 */
public record MergeLeads(@NotNull LeadId source, @NotNull LeadId target, @NotNull Set<LeadMergeField> fromSource,
                         Long sourceVersion, Long targetVersion) {

    /** Copies the field set. */
    public MergeLeads {
        fromSource = fromSource == null || fromSource.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromSource));
    }

    /**
     * @param source the lead merged away; never null
     * @param target the lead kept; never null
     * @return a command keeping every value of the target
     */
    public static MergeLeads of(LeadId source, LeadId target) {
        return new MergeLeads(source, target, Set.of(), null, null);
    }

    /**
     * @param fields fields to take from the source
     * @return this command taking them
     */
    public MergeLeads takingFromSource(LeadMergeField... fields) {
        return new MergeLeads(source, target, Set.of(fields), sourceVersion, targetVersion);
    }

    /**
     * @param source the source's previewed version
     * @param target the target's previewed version
     * @return this command refusing to merge leads changed since
     */
    public MergeLeads expectingVersions(long source, long target) {
        return new MergeLeads(this.source, this.target, fromSource, source, target);
    }
}
