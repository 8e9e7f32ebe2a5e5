/**
 * Internal machinery of the JPA store (entities, repositories, transactions, migrations, error translation); no
 * compatibility promise, use {@link org.embedcrm.persistence.jpa.JpaCrmStore} instead.
 */
package org.embedcrm.persistence.jpa.internal;
