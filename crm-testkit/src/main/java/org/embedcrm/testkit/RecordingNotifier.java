package org.embedcrm.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;

/** Keeps every notification it is asked to send, in order, for a test to inspect. */
public final class RecordingNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notification notification) {
        sent.add(notification);
    }

    /** @return every notification sent so far, oldest first */
    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    /** Forgets every notification sent so far. */
    public void clear() {
        sent.clear();
    }
}
