/**
 * The error model: one unchecked hierarchy rooted at {@link org.embedcrm.core.error.CrmException}, each error
 * with a stable machine-readable code a host can map to its own messages.
 */
package org.embedcrm.core.error;
