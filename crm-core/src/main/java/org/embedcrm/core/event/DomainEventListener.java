package org.embedcrm.core.event;

/**
 * Receives domain events after the change that raised them committed, on the committing thread, never for a
 * rolled-back change. A listener that throws is logged and does not affect the other listeners.
 */
@FunctionalInterface
public interface DomainEventListener {

    /** @param event what happened; never null */
    void on(DomainEvent event);
}
