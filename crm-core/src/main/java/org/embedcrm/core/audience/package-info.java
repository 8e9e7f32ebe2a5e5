/**
 * Marketing audience sync: contacts are kept in step with the audiences of every
 * {@link org.embedcrm.spi.audience.AudienceSync} plugin (e.g. Mailchimp) through the outbox, and a filtered set of
 * contacts can be synced in bulk.
 */
package org.embedcrm.core.audience;
