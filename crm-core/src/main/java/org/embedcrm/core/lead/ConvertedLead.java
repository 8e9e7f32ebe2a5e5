package org.embedcrm.core.lead;

import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.party.Contact;

/**
 * What a conversion produced.
 *
 * @param lead     the converted lead; never null
 * @param customer the customer contact; never null
 * @param company  the company contact, or null
 * @param deal     the deal, or null
 */
public record ConvertedLead(Lead lead, Contact customer, Contact company, Deal deal) {
}
