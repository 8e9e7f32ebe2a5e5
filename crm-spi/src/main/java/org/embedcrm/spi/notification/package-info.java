/** The notification extension point: how EmbedCRM tells a user something happened (e.g. a lead was assigned to them). */
package org.embedcrm.spi.notification;
