package org.embedcrm.core.merge;

import java.util.Optional;
import java.util.function.Function;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.shared.TenantId;

/** Follows tombstones from an old id to the record it stands for now, through merges of merges. */
final class TombstoneTrail {

    private static final int MAX_HOPS = 100;

    private TombstoneTrail() {
    }

    /**
     * @param tombstones the tombstones; never null
     * @param tenant     the tenant; never null
     * @param start      the id to resolve; never null
     * @param find       reads a live record by its ref
     * @return the live record the id stands for, if the trail leads to one
     */
    static <T> Optional<T> follow(Tombstones tombstones, TenantId tenant, RecordRef start,
                                  Function<RecordRef, Optional<T>> find) {
        RecordRef current = start;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            Optional<T> found = find.apply(current);
            if (found.isPresent()) {
                return found;
            }
            Optional<Tombstone> tombstone = tombstones.of(tenant, current);
            if (tombstone.isEmpty()) {
                return Optional.empty();
            }
            current = tombstone.get().into();
        }
        return Optional.empty();
    }
}
