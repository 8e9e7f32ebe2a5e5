package org.embedcrm.io.internal;

import org.embedcrm.core.Crm;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.io.settings.SettingsDocument;

/** Exports, checks and applies a settings document, one bounded context after the other. */
public final class SettingsApplier {

    private final LeadSettingsSync leads;
    private final PipelineSync pipelines;
    private final PartySettingsSync party;
    private final ActivitySettingsSync activities;
    private final PreferenceSettingsSync preferences;

    /** @param crm the CRM, acting for the tenant whose settings move; never null */
    public SettingsApplier(Crm crm) {
        this.leads = new LeadSettingsSync(crm);
        this.pipelines = new PipelineSync(crm);
        this.party = new PartySettingsSync(crm);
        this.activities = new ActivitySettingsSync(crm);
        this.preferences = new PreferenceSettingsSync(crm);
    }

    /** @return every setting of the tenant now */
    public SettingsDocument export() {
        return SettingsDocument.of(leads.leadStatuses(), leads.leadSources(), leads.lostReasons(),
                pipelines.pipelines(), party.contactStatuses(), party.relationshipTypes(), party.customerGroups(),
                party.tags(), activities.activityCategories(), preferences.displayPreferences(),
                preferences.timelineVisibility());
    }

    /**
     * @param document the document; never null
     * @throws ValidationException with every problem of the document, when it has any
     */
    public void check(SettingsDocument document) {
        SettingsCheck check = new SettingsCheck();
        leads.check(document, check);
        pipelines.check(document, check);
        party.check(document, check);
        activities.check(document, check);
        preferences.check(document, check);
        check.throwIfAny();
    }

    /**
     * @param document a document that passed {@link #check}; applied inside the caller's transaction, the
     *                 preferences first, since they depend on nothing else
     */
    public void apply(SettingsDocument document) {
        preferences.apply(document);
        party.apply(document);
        leads.apply(document);
        pipelines.apply(document);
        activities.apply(document);
    }
}
