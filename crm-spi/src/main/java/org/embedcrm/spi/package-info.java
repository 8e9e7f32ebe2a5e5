/**
 * EmbedCRM's plugin contracts (service provider interfaces): interfaces plus small value records of their own,
 * with no dependency on the core, so that the core can change without breaking plugins. Extension points are
 * added here as the capabilities that need them land.
 */
package org.embedcrm.spi;
