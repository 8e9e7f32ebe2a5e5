/**
 * Internal: the audit trail's recording machinery. Repository ports of audited aggregates are wrapped so that every
 * add, update and remove writes its field changes in the same transaction; no guarantees, may change at any time.
 */
package org.embedcrm.core.internal.audit;
