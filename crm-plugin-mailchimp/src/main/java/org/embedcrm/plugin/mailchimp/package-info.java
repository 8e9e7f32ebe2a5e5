/**
 * The Mailchimp plugin: {@link org.embedcrm.plugin.mailchimp.MailchimpPluginFactory} creates an
 * {@link org.embedcrm.spi.audience.AudienceSync} that keeps a Mailchimp audience in step with the CRM's contacts
 * through the Marketing API v3.
 */
package org.embedcrm.plugin.mailchimp;
