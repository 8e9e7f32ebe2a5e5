/**
 * The tenant's settings as one versioned JSON document: export it, import it into another tenant (checked as a whole
 * first, applied in one transaction), or reset a tenant to the settings a new one gets. Start at
 * {@link org.embedcrm.io.settings.SettingsTransfer}.
 */
package org.embedcrm.io.settings;
