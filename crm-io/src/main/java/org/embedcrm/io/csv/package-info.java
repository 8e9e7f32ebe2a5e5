/**
 * CSV import and export of contacts and leads: {@link org.embedcrm.io.csv.ContactImporter} reads a file of persons,
 * companies or both through the contact service, {@link org.embedcrm.io.csv.LeadImporter} a file of leads through the
 * lead service, {@link org.embedcrm.io.csv.ContactExporter} and {@link org.embedcrm.io.csv.LeadExporter} write the
 * contacts or leads of any filter.
 * {@link org.embedcrm.io.csv.ContactColumn}, {@link org.embedcrm.io.csv.LeadColumn} and
 * {@link org.embedcrm.io.csv.RecordKind} describe the files.
 */
package org.embedcrm.io.csv;
