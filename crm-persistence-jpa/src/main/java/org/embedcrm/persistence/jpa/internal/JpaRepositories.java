package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.ActivityCategories;
import org.embedcrm.core.activity.AuditTrail;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.Reminders;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.lead.LeadSources;
import org.embedcrm.core.lead.LeadStatuses;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactStatuses;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.CustomerGroups;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.port.Transactions;

/**
 * The JPA implementations of the repository ports, all working on the entity manager of the current transaction.
 *
 * @param pipelines          the pipelines with their stages
 * @param deals              the deals with their stage history
 * @param lostReasons        the lost reasons
 * @param contacts           the contacts with their e-mail addresses, phones, addresses, tags, assignees and
 *                           employments
 * @param tags               the tag list
 * @param contactStatuses    the contact statuses
 * @param customerGroups     the customer groups
 * @param relationships      the relationship types and relationships
 * @param leads              the leads with the deals opened from them
 * @param leadStatuses       the lead statuses
 * @param leadSources        the lead sources
 * @param interactions       the logged interactions with their participants
 * @param activities         the activities with their attending users and contacts
 * @param reminders          the reminders of activities
 * @param activityCategories the activity categories
 * @param auditTrail         the audit trail
 */
public record JpaRepositories(Pipelines pipelines, Deals deals, LostReasons lostReasons, Contacts contacts,
                              Tags tags, ContactStatuses contactStatuses, CustomerGroups customerGroups,
                              Relationships relationships, Leads leads, LeadStatuses leadStatuses,
                              LeadSources leadSources, Interactions interactions, Activities activities,
                              Reminders reminders, ActivityCategories activityCategories, AuditTrail auditTrail) {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each repository call joins (or opens when none is active); never null
     * @return the repositories
     */
    public static JpaRepositories over(Supplier<EntityManager> entityManagers, Transactions transactions) {
        return new JpaRepositories(new JpaPipelines(entityManagers, transactions),
                new JpaDeals(entityManagers, transactions), new JpaLostReasons(entityManagers, transactions),
                new JpaContacts(entityManagers, transactions), new JpaTags(entityManagers, transactions),
                new JpaContactStatuses(entityManagers, transactions),
                new JpaCustomerGroups(entityManagers, transactions),
                new JpaRelationships(entityManagers, transactions), new JpaLeads(entityManagers, transactions),
                new JpaLeadStatuses(entityManagers, transactions), new JpaLeadSources(entityManagers, transactions),
                new JpaInteractions(entityManagers, transactions), new JpaActivities(entityManagers, transactions),
                new JpaReminders(entityManagers, transactions),
                new JpaActivityCategories(entityManagers, transactions),
                new JpaAuditTrail(entityManagers, transactions));
    }
}
