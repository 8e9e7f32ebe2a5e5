/**
 * The e-invoicing extension point: whether a company can receive invoices over PEPPOL, looked up by a
 * {@link org.embedcrm.spi.einvoicing.ParticipantLookup} that a plugin (such as {@code crm-plugin-peppol}) provides,
 * with the small value records it answers in.
 */
package org.embedcrm.spi.einvoicing;
