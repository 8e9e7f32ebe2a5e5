/**
 * The contract tests (TCK) every {@link org.embedcrm.core.port.CrmStore} must pass: one abstract class per port,
 * shipped in the main jar so that an adapter's test suite extends it in a few lines:
 *
 * <pre>{@code
 * class MyDealsTest extends DealsContract {
 *     static final CrmStore STORE = MyStore.create();
 *     protected CrmStore store() { return STORE; }
 * }
 * }</pre>
 *
 * Each test works on a fresh random tenant, so stores may be shared between tests and test runs.
 */
package org.embedcrm.testkit.contract;
