package org.embedcrm.spi.notification;

/**
 * Delivers notifications to users (by e-mail, in the host's inbox, on a chat channel, ...). Register one on
 * {@code Crm.builder()} or through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.embedcrm.spi.notification.Notifier}); without any, notifications are logged.
 *
 * <p>Called after the change that caused the notification committed, through EmbedCRM's outbox, never for a
 * rolled-back change. Delivery is at least once: a notifier that throws does not stop the others, and the
 * notification is sent again later (to every notifier) with the same {@code idempotencyKey} attribute, so a
 * notifier that must not repeat itself checks that key. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Notifier {

    /** @param notification what to tell whom; never null */
    void send(Notification notification);
}
