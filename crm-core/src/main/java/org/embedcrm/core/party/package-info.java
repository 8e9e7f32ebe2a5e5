/**
 * The party context: contacts (persons and companies). For now it holds only {@link org.embedcrm.core.party.ContactId},
 * the typed reference deals use for their customer and company.
 */
package org.embedcrm.core.party;
