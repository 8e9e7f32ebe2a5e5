package org.embedcrm.core.internal;

import java.util.List;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications through every registered {@link Notifier} once the current transaction commits; without
 * any notifier, logs them.
 */
public final class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final Transactions transactions;
    private final List<Notifier> notifiers;

    /**
     * @param transactions whose commit releases the notifications; never null
     * @param notifiers    the registered and discovered notifiers, maybe none; never null
     */
    public Notifications(Transactions transactions, List<Notifier> notifiers) {
        this.transactions = transactions;
        this.notifiers = notifiers.isEmpty() ? List.of(Notifications::log) : List.copyOf(notifiers);
    }

    /** @param notification what to send after commit; never for a rolled-back change */
    public void sendAfterCommit(Notification notification) {
        transactions.afterCommit(() -> notifiers.forEach(notifier -> {
            try {
                notifier.send(notification);
            } catch (RuntimeException e) {
                LOG.error("notifier {} failed to send {}", notifier, notification.kind(), e);
            }
        }));
    }

    private static void log(Notification n) {
        LOG.info("notify {} in tenant {}: {} {}", n.recipient(), n.tenant(), n.subject(), n.attributes());
    }
}
