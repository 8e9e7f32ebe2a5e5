package org.embedcrm.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.event.DomainEventListener;

/** Keeps every domain event it receives, in order, for a test to inspect. */
public final class RecordingEventListener implements DomainEventListener {

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void on(DomainEvent event) {
        events.add(event);
    }

    /** @return every event received so far, oldest first */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /**
     * @param type an event type
     * @param <E>  that type
     * @return the events of that type received so far, oldest first
     */
    public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event received so far. */
    public void clear() {
        events.clear();
    }
}
