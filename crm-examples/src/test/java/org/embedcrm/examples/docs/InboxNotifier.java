package org.embedcrm.examples.docs;

import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;

/** The notifier of {@code docs/leads.md}: posts lead assignments to the host's {@link Inbox}. */
public final class InboxNotifier implements Notifier {

    private final Inbox inbox;

    public InboxNotifier() { // for ServiceLoader
        this(Inbox.shared());
    }

    public InboxNotifier(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void send(Notification notification) {
        if (notification.kind().equals("lead.assigned")) {
            inbox.post(notification.tenant(), notification.recipient(), notification.subject(),
                    "/leads/" + notification.attributes().get("leadId"));
        }
    }
}
