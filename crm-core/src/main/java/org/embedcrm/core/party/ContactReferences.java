package org.embedcrm.core.party;

import java.util.Objects;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.shared.TenantId;

/** Checks that the tags, status and customer group a contact refers to exist in its tenant. */
final class ContactReferences {

    private final Tags tags;
    private final ContactStatuses statuses;
    private final CustomerGroups groups;

    ContactReferences(Tags tags, ContactStatuses statuses, CustomerGroups groups) {
        this.tags = Objects.requireNonNull(tags, "tags");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /**
     * @param previousGroup the contact's customer group before this change, or null; an inactive group is refused
     *                      only when the contact is being put into it
     */
    void check(TenantId tenant, ContactEdit edit, CustomerGroupId previousGroup) {
        if (edit.status() != null) {
            requireStatus(tenant, edit.status());
        }
        for (TagId tag : edit.tags()) {
            tags.find(tenant, tag).orElseThrow(() -> new NotFoundException("tag", tag));
        }
        CustomerGroupId group = edit.terms().customerGroup();
        if (group != null) {
            CustomerGroup found = groups.find(tenant, group).orElseThrow(() -> new NotFoundException("customer-group", group));
            if (!found.active() && !group.equals(previousGroup)) {
                throw new RuleViolationException("customer-group.inactive",
                        "customer group '" + found.name() + "' is inactive; customers can no longer be put in it");
            }
        }
    }

    void requireStatus(TenantId tenant, ContactStatusId status) {
        statuses.find(tenant, status).orElseThrow(() -> new NotFoundException("contact-status", status));
    }
}
