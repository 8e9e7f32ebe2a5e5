package org.embedcrm.core.merge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.spi.party.LinkedRecords;

/**
 * What merging {@code source} into {@code target} would do, before anything changes.
 *
 * @param source      the contact to be merged away; never null
 * @param target      the contact to be kept; never null
 * @param conflicts   fields both fill with different values; never null
 * @param moves       how many records of each kind would move or be added to the target, in the order of
 *                    {@link LinkedKind}; kinds with none are left out; never null
 * @param hostRecords the host's records that would move, from every {@code MergeParticipant}; never null
 */
public record MergePreview(ContactId source, ContactId target, List<FieldConflict> conflicts,
                           Map<LinkedKind, Long> moves, List<LinkedRecords> hostRecords) {

    /** Rejects null parts and copies the collections. */
    public MergePreview {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        conflicts = List.copyOf(conflicts);
        moves = moves.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(moves));
        hostRecords = List.copyOf(hostRecords);
    }
}
