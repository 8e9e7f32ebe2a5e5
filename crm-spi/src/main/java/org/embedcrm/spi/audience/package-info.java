/**
 * The audience extension point: how EmbedCRM keeps a marketing audience (a Mailchimp list, a newsletter tool's
 * contacts, ...) in step with its contacts, honouring each contact's email consent.
 */
package org.embedcrm.spi.audience;
