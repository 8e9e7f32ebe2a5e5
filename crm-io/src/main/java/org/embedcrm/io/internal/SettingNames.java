package org.embedcrm.io.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.Names;

/**
 * The tenant's tags, contact statuses and customer groups by the names a CSV file uses for them: tags and statuses by
 * name regardless of case, groups by code. Read once per transaction; not thread-safe.
 */
public final class SettingNames {

    private final Map<String, TagId> tagsByKey = new HashMap<>();
    private final Map<TagId, String> tagNames = new HashMap<>();
    private final Map<String, ContactStatusId> statusesByKey = new HashMap<>();
    private final Map<ContactStatusId, String> statusNames = new HashMap<>();
    private final Map<String, CustomerGroupId> groupsByKey = new HashMap<>();
    private final Map<CustomerGroupId, String> groupCodes = new HashMap<>();

    private SettingNames() {
    }

    /**
     * @param crm the CRM, acting for the tenant whose settings are read; never null
     * @return its tags, statuses and groups as they are now
     */
    public static SettingNames load(Crm crm) {
        SettingNames names = new SettingNames();
        crm.contactSettings().tags().forEach(names::add);
        for (ContactStatus status : crm.contactSettings().statuses()) {
            names.statusesByKey.put(Names.key(status.name()), status.id());
            names.statusNames.put(status.id(), status.name());
        }
        for (CustomerGroup group : crm.customerGroups().all()) {
            names.groupsByKey.put(Names.key(group.code()), group.id());
            names.groupCodes.put(group.id(), group.code());
        }
        return names;
    }

    /** @param tag a tag just defined, to find by name from now on; never null */
    void add(Tag tag) {
        tagsByKey.put(Names.key(tag.name()), tag.id());
        tagNames.put(tag.id(), tag.name());
    }

    Optional<TagId> tag(String name) {
        return Optional.ofNullable(tagsByKey.get(Names.key(name)));
    }

    Optional<ContactStatusId> status(String name) {
        return Optional.ofNullable(statusesByKey.get(Names.key(name)));
    }

    Optional<CustomerGroupId> group(String code) {
        return Optional.ofNullable(groupsByKey.get(Names.key(code)));
    }

    String tagName(TagId id) {
        return tagNames.getOrDefault(id, id.toString());
    }

    String statusName(ContactStatusId id) {
        return statusNames.getOrDefault(id, id.toString());
    }

    String groupCode(CustomerGroupId id) {
        return groupCodes.getOrDefault(id, id.toString());
    }
}
