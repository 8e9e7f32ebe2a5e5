/**
 * The PEPPOL plugin's internals, with no compatibility guarantee: participant identifier schemes, DNS resolution,
 * the SMP and Directory clients, the answer cache and the settings.
 */
package org.embedcrm.plugin.peppol.internal;
