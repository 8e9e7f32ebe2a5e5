package org.embedcrm.core.merge;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.embedcrm.core.party.ContactId;

/**
 * Command: merge {@code source} into {@code target}. Start from {@link #of(ContactId, ContactId)}.
 *
 * @param source         the contact merged away; never null
 * @param target         the contact kept; never null
 * @param fromSource     fields whose value the target takes from the source where both have one; never null
 * @param sourceVersion  the source's version the caller previewed, or null to skip the check
 * @param targetVersion  the target's version the caller previewed, or null to skip the check
 */
public record MergeContacts(@NotNull ContactId source, @NotNull ContactId target, @NotNull Set<MergeField> fromSource,
                            Long sourceVersion, Long targetVersion) {

    /** Copies the field set. */
    public MergeContacts {
        fromSource = fromSource == null || fromSource.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromSource));
    }

    /**
     * @param source the contact merged away; never null
     * @param target the contact kept; never null
     * @return a command keeping every value of the target
     */
    public static MergeContacts of(ContactId source, ContactId target) {
        return new MergeContacts(source, target, Set.of(), null, null);
    }

    /**
     * @param fields fields to take from the source
     * @return this command taking them
     */
    public MergeContacts takingFromSource(MergeField... fields) {
        return new MergeContacts(source, target, Set.of(fields), sourceVersion, targetVersion);
    }

    /**
     * @param source the source's previewed version
     * @param target the target's previewed version
     * @return this command refusing to merge contacts changed since
     */
    public MergeContacts expectingVersions(long source, long target) {
        return new MergeContacts(this.source, this.target, fromSource, source, target);
    }
}
