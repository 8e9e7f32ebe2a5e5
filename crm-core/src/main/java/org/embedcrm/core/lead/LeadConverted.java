package org.embedcrm.core.lead;

import java.time.Instant;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A lead was converted into a customer (and maybe a company and a deal).
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param lead       never null
 * @param customer   the customer contact; never null
 * @param company    the company contact, or null
 * @param deal       the deal opened, or null
 */
public record LeadConverted(TenantId tenant, Instant occurredAt, UserRef actor, LeadId lead, ContactId customer, ContactId company, DealId deal) implements DomainEvent {
}
