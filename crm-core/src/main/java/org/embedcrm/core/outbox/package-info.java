/**
 * The transactional outbox: everything that calls the outside world after a change (notifications, audience sync,
 * other plugins) is written as an {@link org.embedcrm.core.outbox.OutboxEntry} in the change's own transaction and
 * delivered after commit, with retries, backoff and a dead-letter state, by {@link
 * org.embedcrm.core.outbox.OutboxService#deliverDue(java.time.Instant)}.
 */
package org.embedcrm.core.outbox;
