package org.embedcrm.testkit.inmemory;

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
import org.embedcrm.core.preference.TenantPreferences;
import org.embedcrm.core.scoring.HealthScores;
import org.embedcrm.core.outbox.Outbox;
import org.embedcrm.core.lead.LeadStatuses;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactStatuses;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.CustomerGroups;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.Transactions;

/**
 * Every port in memory, for tests and demos: fast, isolated per instance, transactional (a failing command leaves
 * nothing behind) and holding the same unique keys as the database schema. Transactions run one at a time.
 */
public final class InMemoryCrmStore implements CrmStore {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryPipelines pipelines = new InMemoryPipelines(transactions);
    private final InMemoryDeals deals = new InMemoryDeals(transactions);
    private final InMemoryLostReasons lostReasons = new InMemoryLostReasons(transactions);
    private final InMemoryContacts contacts = new InMemoryContacts(transactions);
    private final InMemoryTags tags = new InMemoryTags(transactions);
    private final InMemoryContactStatuses contactStatuses = new InMemoryContactStatuses(transactions);
    private final InMemoryCustomerGroups customerGroups = new InMemoryCustomerGroups(transactions);
    private final InMemoryRelationships relationships = new InMemoryRelationships(transactions);
    private final InMemoryLeads leads = new InMemoryLeads(transactions);
    private final InMemoryLeadStatuses leadStatuses = new InMemoryLeadStatuses(transactions);
    private final InMemoryLeadSources leadSources = new InMemoryLeadSources(transactions);
    private final InMemoryInteractions interactions = new InMemoryInteractions(transactions);
    private final InMemoryActivities activities = new InMemoryActivities(transactions);
    private final InMemoryReminders reminders = new InMemoryReminders(transactions);
    private final InMemoryActivityCategories activityCategories = new InMemoryActivityCategories(transactions);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    private final InMemoryPeppolStatuses peppolStatuses = new InMemoryPeppolStatuses(transactions);
    private final InMemoryTombstones tombstones = new InMemoryTombstones(transactions);
    private final InMemoryContactCandidates contactCandidates = new InMemoryContactCandidates(contacts);
    private final InMemoryReports reports = new InMemoryReports(deals, pipelines, leads, interactions);
    private final InMemoryTeams teams = new InMemoryTeams(transactions);
    private final InMemoryObjectives objectives = new InMemoryObjectives(transactions);
    private final InMemoryHealthScores healthScores = new InMemoryHealthScores(transactions);
    private final InMemoryPreferences preferences = new InMemoryPreferences(transactions);

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Pipelines pipelines() {
        return pipelines;
    }

    @Override
    public Deals deals() {
        return deals;
    }

    @Override
    public LostReasons lostReasons() {
        return lostReasons;
    }

    @Override
    public Contacts contacts() {
        return contacts;
    }

    @Override
    public Tags tags() {
        return tags;
    }

    @Override
    public ContactStatuses contactStatuses() {
        return contactStatuses;
    }

    @Override
    public CustomerGroups customerGroups() {
        return customerGroups;
    }

    @Override
    public Relationships relationships() {
        return relationships;
    }

    @Override
    public Leads leads() {
        return leads;
    }

    @Override
    public LeadStatuses leadStatuses() {
        return leadStatuses;
    }

    @Override
    public LeadSources leadSources() {
        return leadSources;
    }

    @Override
    public Interactions interactions() {
        return interactions;
    }

    @Override
    public Activities activities() {
        return activities;
    }

    @Override
    public Reminders reminders() {
        return reminders;
    }

    @Override
    public ActivityCategories activityCategories() {
        return activityCategories;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public PeppolStatuses peppolStatuses() {
        return peppolStatuses;
    }

    @Override
    public Tombstones tombstones() {
        return tombstones;
    }

    @Override
    public ContactCandidates contactCandidates() {
        return contactCandidates;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public Teams teams() {
        return teams;
    }

    @Override
    public Objectives objectives() {
        return objectives;
    }

    @Override
    public HealthScores healthScores() {
        return healthScores;
    }

    @Override
    public TenantPreferences preferences() {
        return preferences;
    }
}
