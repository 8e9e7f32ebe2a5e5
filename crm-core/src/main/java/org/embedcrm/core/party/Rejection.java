package org.embedcrm.core.party;

import java.time.Instant;
import java.util.Objects;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact's refusal to be called or e-mailed, with when it was recorded and by whom.
 *
 * @param at when it was recorded; never null
 * @param by who recorded it; never null
 */
public record Rejection(Instant at, UserRef by) {

    /** Rejects null parts. */
    public Rejection {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
