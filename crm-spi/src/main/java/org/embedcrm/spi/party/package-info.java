/** Extension points of the contact context that a host ERP implements, e.g. reporting its own records linked to a contact. */
package org.embedcrm.spi.party;
