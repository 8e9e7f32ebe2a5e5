package org.embedcrm.spi.notification;

/**
 * Delivers notifications to users (by e-mail, in the host's inbox, on a chat channel, ...). Register one on
 * {@code Crm.builder()} or through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.embedcrm.spi.notification.Notifier}); without any, notifications are logged.
 *
 * <p>Called after the change that caused the notification committed, on the committing thread, never for a
 * rolled-back change. Implementations must be thread-safe; a notifier that throws is logged and does not affect
 * the change or the other notifiers.
 */
@FunctionalInterface
public interface Notifier {

    /** @param notification what to tell whom; never null */
    void send(Notification notification);
}
