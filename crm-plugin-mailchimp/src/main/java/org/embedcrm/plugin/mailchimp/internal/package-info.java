/**
 * The Mailchimp plugin's implementation: the HTTP calls, their JSON, retries and error mapping. Internal: no
 * compatibility promise; use {@link org.embedcrm.plugin.mailchimp.MailchimpPluginFactory} instead.
 */
package org.embedcrm.plugin.mailchimp.internal;
