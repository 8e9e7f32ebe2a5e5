/**
 * Cross-cutting ports the host or an adapter implements: ids, transactions, the execution context (tenant and
 * actor), authorization, event publishing and the store that bundles every repository port.
 */
package org.embedcrm.core.port;
