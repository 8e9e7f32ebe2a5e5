package org.embedcrm.spi.audience;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk sync did: how many members it synced, how many it left out on purpose, and why the audience refused
 * each of the others.
 *
 * @param synced  members added or updated, at least 0
 * @param skipped members left out on purpose (a repeated email; a contact who rejected email and is not in the
 *                audience), at least 0
 * @param errors  the audience's reason for each member it refused, by email, in the order given; never null
 */
public record BulkSyncResult(int synced, int skipped, Map<String, String> errors) {

    /** Rejects negative counts and copies the errors. */
    public BulkSyncResult {
        if (synced < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + synced + ", " + skipped);
        }
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(errors, "errors")));
    }

    /** @return how many members the audience refused, the number of {@link #errors()} */
    public int failed() {
        return errors.size();
    }
}
