package org.embedcrm.examples;

import java.io.PrintStream;
import java.util.Objects;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;

/**
 * A notifier that prints each notification as it is sent, after the commit of the change that caused it. A host
 * would e-mail the recipient or post to its own inbox instead; see {@code docs/leads.md}.
 */
final class NotificationPrinter implements Notifier {

    private final PrintStream out;

    /** @param out where notifications are printed; never null */
    NotificationPrinter(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void send(Notification notification) {
        out.println("      => notify " + notification.recipient() + ": " + notification.subject());
    }
}
