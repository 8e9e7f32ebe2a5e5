package org.embedcrm.core.internal;

import java.util.List;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.event.DomainEventListener;
import org.embedcrm.core.port.EventPublisher;
import org.embedcrm.core.port.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link EventPublisher}: hands each event to every listener once the transaction commits. */
public final class AfterCommitEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitEventPublisher.class);

    private final Transactions transactions;
    private final List<DomainEventListener> listeners;

    /**
     * @param transactions the transactions whose commit triggers delivery; never null
     * @param listeners    who receives events, in this order; never null
     */
    public AfterCommitEventPublisher(Transactions transactions, List<DomainEventListener> listeners) {
        this.transactions = transactions;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void publish(DomainEvent event) {
        if (!listeners.isEmpty()) {
            transactions.afterCommit(() -> deliver(event));
        }
    }

    private void deliver(DomainEvent event) {
        for (DomainEventListener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                LOG.error("listener {} failed on {}; the change itself is committed", listener, event, e);
            }
        }
    }
}
