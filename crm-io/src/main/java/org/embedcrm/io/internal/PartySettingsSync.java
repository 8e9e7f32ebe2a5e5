package org.embedcrm.io.internal;

import static org.embedcrm.io.internal.SettingsLists.byKey;
import static org.embedcrm.io.internal.SettingsLists.hex;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.io.settings.ContactStatusSetting;
import org.embedcrm.io.settings.CustomerGroupSetting;
import org.embedcrm.io.settings.RelationshipTypeSetting;
import org.embedcrm.io.settings.SettingsDocument;
import org.embedcrm.io.settings.TagSetting;

/**
 * Reads, checks and applies the party context's settings: tags, contact statuses, relationship types and customer
 * groups, matched to the tenant's by name (groups by code). What the core cannot change in place (a tag's or a
 * status's colour, a relationship type's inverse label) is refused by the check, before anything is written.
 */
final class PartySettingsSync {

    private final Crm crm;

    PartySettingsSync(Crm crm) {
        this.crm = crm;
    }

    List<TagSetting> tags() {
        return crm.contactSettings().tags().stream().map(t -> new TagSetting(t.name(), hex(t.color()))).toList();
    }

    List<ContactStatusSetting> contactStatuses() {
        return crm.contactSettings().statuses().stream()
                .map(s -> new ContactStatusSetting(s.name(), hex(s.color()))).toList();
    }

    List<RelationshipTypeSetting> relationshipTypes() {
        return crm.contactSettings().relationshipTypes().stream()
                .map(t -> new RelationshipTypeSetting(t.name(), t.inverseLabel())).toList();
    }

    List<CustomerGroupSetting> customerGroups() {
        return crm.customerGroups().all().stream().map(g -> new CustomerGroupSetting(g.code(), g.name(),
                g.description(), g.discount(), g.priority(), g.active())).toList();
    }

    void check(SettingsDocument doc, SettingsCheck check) {
        if (doc.tags() != null) {
            Map<String, Tag> current = byKey(crm.contactSettings().tags(), Tag::name);
            for (int i = 0; i < doc.tags().size(); i++) {
                TagSetting t = doc.tags().get(i);
                check.entry("tags[" + i + "]", () -> new Tag(new TagId(SettingsCheck.ID), SettingsCheck.TENANT, 0,
                        t.name(), StageColor.ofNullable(t.color())));
                Tag stored = t.name() == null ? null : current.get(Names.key(t.name()));
                if (stored != null && !sameColor(stored.color(), t.color())) {
                    check.add("tags[" + i + "].color", "settings.tag.color-fixed", "tag '" + stored.name()
                            + "' exists with another colour, which cannot be changed; keep " + hex(stored.color()));
                }
            }
            check.unique("tags", "name", doc.tags(), TagSetting::name);
        }
        if (doc.contactStatuses() != null) {
            Map<String, ContactStatus> current = byKey(crm.contactSettings().statuses(), ContactStatus::name);
            for (int i = 0; i < doc.contactStatuses().size(); i++) {
                ContactStatusSetting s = doc.contactStatuses().get(i);
                int order = i;
                check.entry("contactStatuses[" + i + "]", () -> new ContactStatus(new ContactStatusId(SettingsCheck.ID),
                        SettingsCheck.TENANT, 0, s.name(), StageColor.ofNullable(s.color()), order));
                ContactStatus stored = s.name() == null ? null : current.get(Names.key(s.name()));
                if (stored != null && !sameColor(stored.color(), s.color())) {
                    check.add("contactStatuses[" + i + "].color", "settings.contact-status.color-fixed", "status '"
                            + stored.name() + "' exists with another colour, which cannot be changed; keep "
                            + hex(stored.color()));
                }
            }
            check.unique("contactStatuses", "name", doc.contactStatuses(), ContactStatusSetting::name);
        }
        checkRelationshipTypes(doc, check);
        if (doc.customerGroups() != null) {
            for (int i = 0; i < doc.customerGroups().size(); i++) {
                CustomerGroupSetting g = doc.customerGroups().get(i);
                check.entry("customerGroups[" + i + "]", () -> group(new CustomerGroupId(SettingsCheck.ID),
                        SettingsCheck.TENANT, 0, g));
            }
            check.unique("customerGroups", "code", doc.customerGroups(), CustomerGroupSetting::code);
        }
    }

    private void checkRelationshipTypes(SettingsDocument doc, SettingsCheck check) {
        if (doc.relationshipTypes() == null) {
            return;
        }
        Map<String, RelationshipType> current = byKey(crm.contactSettings().relationshipTypes(), RelationshipType::name);
        for (int i = 0; i < doc.relationshipTypes().size(); i++) {
            RelationshipTypeSetting t = doc.relationshipTypes().get(i);
            check.entry("relationshipTypes[" + i + "]", () -> new RelationshipType(
                    new RelationshipTypeId(SettingsCheck.ID), SettingsCheck.TENANT, 0, t.name(), t.inverseLabel()));
            RelationshipType stored = t.name() == null ? null : current.get(Names.key(t.name()));
            String inverse = t.inverseLabel() == null || t.inverseLabel().isBlank() ? null : t.inverseLabel().strip();
            if (stored != null && !Objects.equals(stored.inverseLabel(), inverse)) {
                check.add("relationshipTypes[" + i + "].inverseLabel", "settings.relationship-type.inverse-fixed",
                        "relationship type '" + stored.name() + "' exists with inverse label '"
                                + stored.inverseLabel() + "', which cannot be changed");
            }
        }
        check.unique("relationshipTypes", "name", doc.relationshipTypes(), RelationshipTypeSetting::name);
    }

    /** Defines what is missing, deletes what the document lacks (refused when in use), and orders the statuses. */
    void apply(SettingsDocument doc) {
        if (doc.tags() != null) {
            Map<String, Tag> current = byKey(crm.contactSettings().tags(), Tag::name);
            doc.tags().stream().filter(t -> current.remove(Names.key(t.name())) == null)
                    .forEach(t -> crm.contactSettings().defineTag(t.name(), t.color()));
            current.values().forEach(t -> crm.contactSettings().deleteTag(t.id()));
        }
        if (doc.contactStatuses() != null) {
            Map<String, ContactStatus> current = byKey(crm.contactSettings().statuses(), ContactStatus::name);
            doc.contactStatuses().stream().filter(s -> current.remove(Names.key(s.name())) == null)
                    .forEach(s -> crm.contactSettings().defineStatus(s.name(), s.color()));
            current.values().forEach(s -> crm.contactSettings().deleteStatus(s.id()));
            Map<String, ContactStatus> now = byKey(crm.contactSettings().statuses(), ContactStatus::name);
            crm.contactSettings().reorderStatuses(doc.contactStatuses().stream()
                    .map(s -> now.get(Names.key(s.name())).id()).toList());
        }
        if (doc.relationshipTypes() != null) {
            Map<String, RelationshipType> current = byKey(crm.contactSettings().relationshipTypes(),
                    RelationshipType::name);
            doc.relationshipTypes().stream().filter(t -> !current.containsKey(Names.key(t.name())))
                    .forEach(t -> crm.contactSettings().defineRelationshipType(t.name(), t.inverseLabel()));
        }
        if (doc.customerGroups() != null) {
            applyGroups(doc.customerGroups());
        }
    }

    private void applyGroups(List<CustomerGroupSetting> wanted) {
        Map<String, CustomerGroup> current = byKey(crm.customerGroups().all(), CustomerGroup::code);
        for (CustomerGroupSetting g : wanted) {
            CustomerGroup stored = current.remove(Names.key(g.code()));
            if (stored == null) {
                stored = crm.customerGroups().define(g.name(), g.code(), g.description(), g.discount(), g.priority());
            }
            CustomerGroup changed = group(stored.id(), stored.tenant(), stored.version(), g);
            if (!changed.equals(stored)) {
                crm.customerGroups().update(changed);
            }
        }
        current.values().forEach(g -> crm.customerGroups().delete(g.id()));
    }

    private static CustomerGroup group(CustomerGroupId id, TenantId tenant, long version, CustomerGroupSetting g) {
        return new CustomerGroup(id, tenant, version, g.name(), g.code(), g.description(), g.discount(), g.priority(),
                g.active());
    }

    private static boolean sameColor(StageColor stored, String wanted) {
        return Objects.equals(hex(stored), hex(wanted));
    }
}
