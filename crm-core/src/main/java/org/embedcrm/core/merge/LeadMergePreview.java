package org.embedcrm.core.merge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.lead.LeadId;

/**
 * What merging the lead {@code source} into the lead {@code target} would do, before anything changes.
 *
 * @param source    the lead to be merged away; never null
 * @param target    the lead to be kept; never null
 * @param conflicts fields both fill with different values; never null
 * @param moves     how many records of each kind would move to the target ({@link LinkedKind#DEALS} for the deals
 *                  opened from the source, {@link LinkedKind#INTERACTIONS}, {@link LinkedKind#ACTIVITIES}), in the
 *                  order of {@link LinkedKind}; kinds with none are left out; never null
 */
public record LeadMergePreview(LeadId source, LeadId target, List<LeadFieldConflict> conflicts,
                               Map<LinkedKind, Long> moves) {

    /** Rejects null parts and copies the collections. */
    public LeadMergePreview {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        conflicts = List.copyOf(conflicts);
        moves = moves.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(moves));
    }
}
