package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * A session of its own on the connection, and so in the transaction, of the current entity manager: bulk
 * work goes through it so that what it loads never enters the caller's persistence context (which may be a host's),
 * and drops its entities batch by batch, so that memory stays bounded however many rows pass through.
 */
final class SideSession {

    private SideSession() {
    }

    /**
     * Writes the caller's pending changes first, so that the side session's queries see them.
     *
     * @param entityManager the current transaction's entity manager
     * @param work          what to do in the side session, which is closed afterwards
     * @return what the work returned
     */
    static <T> T read(EntityManager entityManager, Function<Session, T> work) {
        Session caller = entityManager.unwrap(Session.class);
        caller.flush();
        // Never flushed: what it loads is only read, and dropped batch by batch.
        try (Session side = caller.sessionWithOptions().connection().flushMode(FlushMode.MANUAL).openSession()) {
            return work.apply(side);
        }
    }
}
