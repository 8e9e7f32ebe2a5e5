/**
 * In-memory implementations of every port: {@link org.embedcrm.testkit.inmemory.InMemoryCrmStore}. They keep the
 * same rules as the database adapters (unique keys, versions, tenant isolation, rollback) and pass the same
 * contract tests, so a host's tests can run without a database.
 */
package org.embedcrm.testkit.inmemory;
