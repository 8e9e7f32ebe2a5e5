/**
 * E-invoicing reachability: whether a company contact is registered on the PEPPOL network, looked up through a
 * {@link org.embedcrm.spi.einvoicing.ParticipantLookup} plugin and kept per contact, so contact lists can show
 * "PEPPOL: registered" without asking the network again.
 */
package org.embedcrm.core.einvoicing;
