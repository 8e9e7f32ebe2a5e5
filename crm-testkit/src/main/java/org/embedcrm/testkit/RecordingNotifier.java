package org.embedcrm.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;

/**
 * Keeps every notification it is asked to send, in order, for a test to inspect; can be taken down to play a
 * remote side that is unreachable for a while.
 */
public final class RecordingNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    private volatile boolean down;

    @Override
    public void send(Notification notification) {
        if (down) {
            throw new IllegalStateException("the notification service is down");
        }
        sent.add(notification);
    }

    /** @param value whether every {@link #send} fails from now on, as a remote side that is down */
    public void down(boolean value) {
        this.down = value;
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
