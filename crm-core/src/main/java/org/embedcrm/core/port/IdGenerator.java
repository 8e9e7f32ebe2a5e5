package org.embedcrm.core.port;

import java.util.UUID;

/** Produces identifiers for new records; the default yields time-ordered UUIDs (version 7). */
@FunctionalInterface
public interface IdGenerator {

    /** @return a fresh identifier, never returned before by this generator; never null */
    UUID next();
}
