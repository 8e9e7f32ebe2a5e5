/**
 * The party context: contacts (persons and companies) with their e-mail addresses, phones, addresses, roles, tags,
 * statuses (the contact board), star rating, consent and customer terms; company–person links; relationships;
 * customer groups; and the contact list with its filters and keyset paging.
 */
package org.embedcrm.core.party;
