package org.embedcrm.io.settings;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.TimelineVisibility;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.SettingsApplier;
import org.embedcrm.io.internal.SettingsJson;

/**
 * Moves a tenant's settings as one {@link SettingsDocument}: lead statuses, lead sources, lost reasons, pipelines
 * with their stages, contact statuses, relationship types, customer groups, tags, activity categories, display
 * preferences and timeline visibility.
 *
 * <p>An import makes each list the document holds match it, entries matched by name (customer groups by code): it
 * adds what is missing, changes what differs and removes what the document lacks; the display preferences and the
 * timeline visibility, when present, replace the tenant's as a whole. The whole document is checked first and every
 * problem reported at once; then everything is applied in one transaction, so a change the core refuses (a tag still
 * on contacts, a stage holding deals) leaves every setting as it was. The core cannot delete lead sources, lost
 * reasons, activity categories or relationship types: those the document lacks are deactivated, or kept. It cannot
 * change a tag's or contact status's colour, a relationship type's inverse label or whether a lost reason asks for a
 * note either: a document asking for that is refused by the check.
 *
 * <p>Changes need the permissions the services ask for ({@code MANAGE_PIPELINES}, {@code MANAGE_CONTACT_SETTINGS}).
 * Call it outside any transaction of the host; thread-safe.
 */
public final class SettingsTransfer {

    private final Transactions transactions;
    private final SettingsApplier applier;

    /**
     * @param crm          the CRM, acting for the tenant whose settings move; never null
     * @param transactions the transactions of the CRM's store, which an import's service calls join; never null
     */
    public SettingsTransfer(Crm crm, Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.applier = new SettingsApplier(Objects.requireNonNull(crm, "crm"));
    }

    /** @return every setting of the tenant now, in display order where the settings have one */
    public SettingsDocument export() {
        return applier.export();
    }

    /**
     * @param out where to write the tenant's settings as UTF-8 JSON; never null; flushed and left open
     * @throws CrmIoException {@code export.write-failed} when the stream refuses to be written
     */
    public void exportJson(OutputStream out) {
        SettingsJson.write(export(), Objects.requireNonNull(out, "out"));
    }

    /**
     * Checks a document against the rules of every setting and against what the core cannot change in the tenant.
     *
     * @param document the document; never null
     * @throws ValidationException with every problem, each under its path ({@code pipelines[0].stages[2].name})
     */
    public void check(SettingsDocument document) {
        applier.check(Objects.requireNonNull(document, "document"));
    }

    /**
     * Checks the whole document, then applies it in one transaction: all of it or nothing.
     *
     * @param document the settings wanted; never null
     * @throws ValidationException when the check finds problems; nothing changes then
     * @throws org.embedcrm.core.error.CrmException what the core refuses on the way; nothing changes then either
     */
    public void apply(SettingsDocument document) {
        Objects.requireNonNull(document, "document");
        transactions.inTransaction(() -> {
            applier.check(document);
            applier.apply(document);
            return null;
        });
    }

    /**
     * Reads a JSON document and {@linkplain #apply applies} it.
     *
     * @param in the JSON document; never null; read to its end and left open
     * @throws CrmIoException {@code settings.json.malformed} or {@code settings.version.unsupported} when it cannot
     *                        be read; nothing changes then
     */
    public void importJson(InputStream in) {
        apply(SettingsJson.read(Objects.requireNonNull(in, "in")));
    }

    /**
     * Gives the tenant the settings a new tenant starts with ({@link #defaults()}), as one import.
     */
    public void reset() {
        apply(defaults());
    }

    /**
     * The settings of a new tenant: the standard lead statuses (New as the default, Contacted, Qualified, Converted
     * and Lost) and lead sources (Website, Referral, Cold Call, Trade Show, Social Media), no lost reason, contact
     * status, relationship type, customer group, tag or activity category, and the default display preferences
     * and timeline visibility ({@link DisplayPreferences#defaults()}, {@link TimelineVisibility#defaults()}).
     * Pipelines are left out: the core keeps a default pipeline while any exists, so a reset leaves pipelines as
     * they are.
     *
     * @return that document
     */
    public static SettingsDocument defaults() {
        return new SettingsDocument(SettingsDocument.FORMAT, SettingsDocument.VERSION, List.of(
                new LeadStatusSetting("New", null, true, false, LeadOutcome.NONE),
                new LeadStatusSetting("Contacted", null, false, false, LeadOutcome.NONE),
                new LeadStatusSetting("Qualified", null, false, false, LeadOutcome.NONE),
                new LeadStatusSetting("Converted", null, false, true, LeadOutcome.CONVERTED),
                new LeadStatusSetting("Lost", null, false, true, LeadOutcome.LOST)),
                List.of("Cold Call", "Referral", "Social Media", "Trade Show", "Website").stream()
                        .map(name -> new LeadSourceSetting(name, true)).toList(),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                DisplayPreferencesSetting.of(DisplayPreferences.defaults()),
                TimelineVisibilitySetting.of(TimelineVisibility.defaults()));
    }
}
