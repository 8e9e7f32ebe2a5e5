/**
 * Moving records in and out of EmbedCRM: the error every file problem raises ({@link org.embedcrm.io.CrmIoException}).
 * CSV import and export of contacts and leads live in {@code org.embedcrm.io.csv}, the settings document in
 * {@code org.embedcrm.io.settings}.
 */
package org.embedcrm.io;
