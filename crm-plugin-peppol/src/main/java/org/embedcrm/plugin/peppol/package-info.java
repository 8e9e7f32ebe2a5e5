/**
 * The PEPPOL plugin: a {@link org.embedcrm.spi.einvoicing.ParticipantLookup} that finds out whether a company is
 * registered on PEPPOL, through the SML in DNS and the company's SMP, or through the PEPPOL Directory. Created by
 * {@link org.embedcrm.plugin.peppol.PeppolPluginFactory}; the other public types let a host compute SML names and
 * plug in its own DNS resolution.
 */
package org.embedcrm.plugin.peppol;
