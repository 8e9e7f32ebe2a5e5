/**
 * The JPA store of EmbedCRM: {@link org.embedcrm.persistence.jpa.JpaCrmStore} keeps the core's records in H2,
 * PostgreSQL or MariaDB through Hibernate, standalone or inside a host's persistence unit, with Flyway migrations
 * of its own.
 */
package org.embedcrm.persistence.jpa;
