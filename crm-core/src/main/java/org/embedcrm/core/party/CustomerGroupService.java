package org.embedcrm.core.party;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.Permission;

/**
 * Manages customer groups (segments for pricing and reporting). Changes need
 * {@link Permission#MANAGE_CONTACT_SETTINGS}. Obtain it from {@link org.embedcrm.core.Crm#customerGroups()}.
 */
public final class CustomerGroupService {

    private final ServiceContext ctx;
    private final CustomerGroups groups;
    private final Contacts contacts;

    /**
     * @param ctx      the service plumbing; never null
     * @param groups   never null
     * @param contacts to count and protect assigned customers; never null
     */
    public CustomerGroupService(ServiceContext ctx, CustomerGroups groups, Contacts contacts) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * @param name        1 to 100 characters
     * @param code        unique in the tenant regardless of case
     * @param description or null
     * @param discount    0–100 %, or null
     * @param priority    higher wins
     * @return the stored, active group
     */
    public CustomerGroup define(String name, String code, String description, BigDecimal discount, int priority) {
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> groups.add(new CustomerGroup(new CustomerGroupId(ctx.ids().next()), ctx.tenant(), 0,
                name, code, description, discount, priority, true)));
    }

    /**
     * @param changed a group read earlier with the fields changed; never null
     * @return the stored group
     */
    public CustomerGroup update(CustomerGroup changed) {
        Objects.requireNonNull(changed, "group");
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> {
            groups.find(ctx.tenant(), changed.id()).orElseThrow(() -> new NotFoundException("customer-group", changed.id()));
            return groups.update(changed);
        });
    }

    /**
     * @param id a group no contact belongs to; never null
     * @throws RuleViolationException {@code customer-group.in-use}
     */
    public void delete(CustomerGroupId id) {
        Objects.requireNonNull(id, "group");
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        ctx.run(() -> {
            CustomerGroup group = groups.find(ctx.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("customer-group", id));
            long assigned = contacts.countByCustomerGroup(ctx.tenant()).getOrDefault(id, 0L);
            if (assigned > 0) {
                throw new RuleViolationException("customer-group.in-use", "customer group '" + group.name() + "' has "
                        + assigned + " customer(s); move them to another group first");
            }
            groups.remove(group);
            return null;
        });
    }

    /** @return the tenant's groups, highest priority first */
    public List<CustomerGroup> all() {
        return ctx.run(() -> groups.all(ctx.tenant()));
    }

    /** @return totals for the list header: groups, active ones, ones with a discount, customers assigned */
    public CustomerGroupStatistics statistics() {
        return ctx.run(() -> {
            List<CustomerGroup> all = groups.all(ctx.tenant());
            Map<CustomerGroupId, Long> counts = contacts.countByCustomerGroup(ctx.tenant());
            return new CustomerGroupStatistics(all.size(), all.stream().filter(CustomerGroup::active).count(),
                    all.stream().filter(g -> g.discount() != null && g.discount().signum() > 0).count(),
                    counts.values().stream().mapToLong(Long::longValue).sum());
        });
    }
}
