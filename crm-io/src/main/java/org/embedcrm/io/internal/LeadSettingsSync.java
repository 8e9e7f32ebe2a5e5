package org.embedcrm.io.internal;

import static org.embedcrm.io.internal.SettingsLists.byKey;
import static org.embedcrm.io.internal.SettingsLists.hex;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.io.settings.LeadSourceSetting;
import org.embedcrm.io.settings.LeadStatusSetting;
import org.embedcrm.io.settings.LostReasonSetting;
import org.embedcrm.io.settings.SettingsDocument;

/**
 * Reads, checks and applies lead statuses, lead sources and lost reasons, matched by name. Sources and reasons the
 * document lacks are deactivated (the core never deletes them); whether a reason asks for a note cannot change.
 */
final class LeadSettingsSync {

    private final Crm crm;

    LeadSettingsSync(Crm crm) {
        this.crm = crm;
    }

    List<LeadStatusSetting> leadStatuses() {
        return crm.leadSettings().statuses().stream().map(s -> new LeadStatusSetting(s.name(), hex(s.color()),
                s.isDefault(), s.isFinal(), s.outcome())).toList();
    }

    List<LeadSourceSetting> leadSources() {
        return crm.leadSettings().sources().stream().map(s -> new LeadSourceSetting(s.name(), s.active())).toList();
    }

    List<LostReasonSetting> lostReasons() {
        return crm.lostReasons().all().stream()
                .map(r -> new LostReasonSetting(r.name(), r.active(), r.requiresNote())).toList();
    }

    void check(SettingsDocument doc, SettingsCheck check) {
        if (doc.leadStatuses() != null) {
            checkStatuses(doc.leadStatuses(), check);
        }
        if (doc.leadSources() != null) {
            for (int i = 0; i < doc.leadSources().size(); i++) {
                LeadSourceSetting s = doc.leadSources().get(i);
                check.entry("leadSources[" + i + "]", () -> new LeadSource(new LeadSourceId(SettingsCheck.ID),
                        SettingsCheck.TENANT, 0, s.name(), s.active()));
            }
            check.unique("leadSources", "name", doc.leadSources(), LeadSourceSetting::name);
        }
        if (doc.lostReasons() != null) {
            Map<String, LostReason> current = byKey(crm.lostReasons().all(), LostReason::name);
            for (int i = 0; i < doc.lostReasons().size(); i++) {
                LostReasonSetting r = doc.lostReasons().get(i);
                check.entry("lostReasons[" + i + "]", () -> new LostReason(new LostReasonId(SettingsCheck.ID),
                        SettingsCheck.TENANT, 0, r.name(), r.active(), r.requiresNote()));
                LostReason stored = r.name() == null ? null : current.get(Names.key(r.name()));
                if (stored != null && stored.requiresNote() != r.requiresNote()) {
                    check.add("lostReasons[" + i + "].requiresNote", "settings.lost-reason.note-fixed", "lost reason '"
                            + stored.name() + "' exists and " + (stored.requiresNote() ? "asks" : "does not ask")
                            + " for a note, which cannot be changed");
                }
            }
            check.unique("lostReasons", "name", doc.lostReasons(), LostReasonSetting::name);
        }
    }

    private static void checkStatuses(List<LeadStatusSetting> statuses, SettingsCheck check) {
        for (int i = 0; i < statuses.size(); i++) {
            LeadStatusSetting s = statuses.get(i);
            int order = i;
            check.entry("leadStatuses[" + i + "]", () -> new LeadStatus(new LeadStatusId(SettingsCheck.ID),
                    SettingsCheck.TENANT, 0, s.name(), StageColor.ofNullable(s.color()), order, s.isDefault(),
                    s.isFinal(), s.outcome()));
        }
        check.unique("leadStatuses", "name", statuses, LeadStatusSetting::name);
        if (statuses.stream().filter(LeadStatusSetting::isDefault).count() != 1) {
            check.add("leadStatuses", "settings.lead-status.one-default", "exactly one lead status is the default");
        }
        for (LeadOutcome outcome : List.of(LeadOutcome.CONVERTED, LeadOutcome.LOST)) {
            if (statuses.stream().filter(s -> s.outcome() == outcome).count() > 1) {
                check.add("leadStatuses", "lead-status.outcome-taken",
                        "at most one lead status means " + outcome.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    void apply(SettingsDocument doc) {
        if (doc.leadStatuses() != null) {
            applyStatuses(doc.leadStatuses());
        }
        if (doc.leadSources() != null) {
            Map<String, LeadSource> current = byKey(crm.leadSettings().sources(), LeadSource::name);
            for (LeadSourceSetting s : doc.leadSources()) {
                LeadSource stored = current.remove(Names.key(s.name()));
                LeadSource source = stored != null ? stored : crm.leadSettings().defineSource(s.name());
                crm.leadSettings().setSourceActive(source.id(), s.active());
            }
            current.values().forEach(s -> crm.leadSettings().setSourceActive(s.id(), false));
        }
        if (doc.lostReasons() != null) {
            Map<String, LostReason> current = byKey(crm.lostReasons().all(), LostReason::name);
            for (LostReasonSetting r : doc.lostReasons()) {
                LostReason stored = current.remove(Names.key(r.name()));
                LostReason reason = stored != null ? stored
                        : crm.lostReasons().define(new DefineLostReason(r.name(), r.requiresNote()));
                crm.lostReasons().setActive(reason.id(), r.active());
            }
            current.values().forEach(r -> crm.lostReasons().setActive(r.id(), false));
        }
    }

    /**
     * Changes the statuses in an order that never breaks a rule on the way: the new default first, outcomes moved
     * only once the statuses losing them are changed or deleted, the order last.
     */
    private void applyStatuses(List<LeadStatusSetting> wanted) {
        Map<String, LeadStatus> stored = byKey(crm.leadSettings().statuses(), LeadStatus::name);
        for (LeadStatusSetting s : wanted) {
            if (!stored.containsKey(Names.key(s.name()))) {
                crm.leadSettings().defineStatus(s.name(), s.color(), s.isFinal(), LeadOutcome.NONE);
            }
        }
        Map<String, LeadStatus> current = byKey(crm.leadSettings().statuses(), LeadStatus::name);
        LeadStatusSetting byDefault = wanted.stream().filter(LeadStatusSetting::isDefault).findFirst().orElseThrow();
        LeadStatus newDefault = current.get(Names.key(byDefault.name()));
        if (newDefault.isFinal()) {
            crm.leadSettings().updateStatus(newDefault.id(), byDefault.name(), byDefault.color(), false, LeadOutcome.NONE);
        }
        crm.leadSettings().makeDefault(newDefault.id());
        for (LeadStatusSetting s : wanted) {
            LeadStatus status = current.remove(Names.key(s.name()));
            LeadOutcome keptOutcome = status.outcome() == s.outcome() ? s.outcome() : LeadOutcome.NONE;
            if (!s.name().strip().equals(status.name()) || !Objects.equals(hex(status.color()), hex(s.color()))
                    || status.isFinal() != s.isFinal() || status.outcome() != keptOutcome) {
                crm.leadSettings().updateStatus(status.id(), s.name(), s.color(), s.isFinal(), keptOutcome);
            }
        }
        current.values().forEach(s -> crm.leadSettings().deleteStatus(s.id()));
        Map<String, LeadStatus> remaining = byKey(crm.leadSettings().statuses(), LeadStatus::name);
        for (LeadStatusSetting s : wanted) {
            LeadStatus status = remaining.get(Names.key(s.name()));
            if (status.outcome() != s.outcome()) {
                crm.leadSettings().updateStatus(status.id(), s.name(), s.color(), s.isFinal(), s.outcome());
            }
        }
        crm.leadSettings().reorderStatuses(wanted.stream().map(s -> remaining.get(Names.key(s.name())).id()).toList());
    }

}
