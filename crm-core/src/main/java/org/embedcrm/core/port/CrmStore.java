package org.embedcrm.core.port;

import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.ActivityCategories;
import org.embedcrm.core.activity.AuditTrail;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.Reminders;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.einvoicing.PeppolStatuses;
import org.embedcrm.core.lead.LeadSources;
import org.embedcrm.core.merge.ContactCandidates;
import org.embedcrm.core.merge.Tombstones;
import org.embedcrm.core.report.Objectives;
import org.embedcrm.core.report.Reports;
import org.embedcrm.core.report.Teams;
import org.embedcrm.core.scoring.HealthScores;
import org.embedcrm.core.outbox.Outbox;
import org.embedcrm.core.lead.LeadStatuses;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactStatuses;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.CustomerGroups;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.preference.TenantPreferences;

/**
 * One storage technology's implementation of every repository port, with the transactions that span them.
 * {@code crm-persistence-jpa} and the testkit's in-memory store implement it.
 */
public interface CrmStore {

    /** @return the transactions all repositories below take part in; never null */
    Transactions transactions();

    /** @return the pipelines (with their stages); never null */
    Pipelines pipelines();

    /** @return the deals and their stage history; never null */
    Deals deals();

    /** @return the configurable lost reasons; never null */
    LostReasons lostReasons();

    /** @return the contacts (persons and companies); never null */
    Contacts contacts();

    /** @return the tenant's tag list; never null */
    Tags tags();

    /** @return the tenant's contact statuses; never null */
    ContactStatuses contactStatuses();

    /** @return the customer groups; never null */
    CustomerGroups customerGroups();

    /** @return relationship types and the relationships between contacts; never null */
    Relationships relationships();

    /** @return the leads; never null */
    Leads leads();

    /** @return the tenant's lead statuses; never null */
    LeadStatuses leadStatuses();

    /** @return the tenant's lead sources; never null */
    LeadSources leadSources();

    /** @return the logged interactions; never null */
    Interactions interactions();

    /** @return the planned activities; never null */
    Activities activities();

    /** @return the reminders of activities; never null */
    Reminders reminders();

    /** @return the tenant's activity categories; never null */
    ActivityCategories activityCategories();

    /** @return the audit trail; never null */
    AuditTrail auditTrail();

    /** @return the outbox of messages to deliver after commit; never null */
    Outbox outbox();

    /** @return the last known PEPPOL registration per contact; never null */
    PeppolStatuses peppolStatuses();

    /** @return the tombstones of merged records; never null */
    Tombstones tombstones();

    /** @return the contacts of each search for duplicates, filed by blocking key; never null */
    ContactCandidates contactCandidates();

    /** @return the aggregate queries of the dashboard and objectives; never null */
    Reports reports();

    /** @return the teams; never null */
    Teams teams();

    /** @return the objectives; never null */
    Objectives objectives();

    /** @return the customers' last health scores; never null */
    HealthScores healthScores();

    /** @return each tenant's display preferences and timeline visibility; never null */
    TenantPreferences preferences();
}
