package org.embedcrm.core.port;

import org.embedcrm.core.event.DomainEvent;

/**
 * Where application services hand the domain events of a change, inside the change's transaction. The default
 * implementation delivers them to listeners after commit; a transactional outbox can instead store them in the
 * same transaction and deliver them later, without any change to the services.
 */
@FunctionalInterface
public interface EventPublisher {

    /**
     * @param event what happened; never null. Called inside the transaction of the change that caused it.
     */
    void publish(DomainEvent event);
}
