package org.embedcrm.core.party;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.DisplayOrder;
import org.embedcrm.core.shared.Permission;

/**
 * Manages the tenant's lists that contacts refer to: tags, contact statuses (the board's columns) and relationship
 * types. Changes need {@link Permission#MANAGE_CONTACT_SETTINGS}. Obtain it from
 * {@link org.embedcrm.core.Crm#contactSettings()}.
 */
public final class ContactSettingsService {

    private final ServiceContext ctx;
    private final Tags tags;
    private final ContactStatuses statuses;
    private final Relationships relationships;
    private final Contacts contacts;

    /**
     * @param ctx           the service plumbing; never null
     * @param tags          never null
     * @param statuses      never null
     * @param relationships never null
     * @param contacts      to refuse deleting what contacts use; never null
     */
    public ContactSettingsService(ServiceContext ctx, Tags tags, ContactStatuses statuses,
                                  Relationships relationships, Contacts contacts) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.tags = Objects.requireNonNull(tags, "tags");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.relationships = Objects.requireNonNull(relationships, "relationships");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * @param name  1 to 60 characters, unique regardless of case
     * @param color {@code #RRGGBB}, or null
     * @return the stored tag
     */
    public Tag defineTag(String name, String color) {
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> tags.add(new Tag(new TagId(ctx.ids().next()), ctx.tenant(), 0, name,
                StageColor.ofNullable(color))));
    }

    /**
     * @param id a tag no contact carries; never null
     * @throws RuleViolationException {@code tag.in-use}
     */
    public void deleteTag(TagId id) {
        Objects.requireNonNull(id, "tag");
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        ctx.run(() -> {
            Tag tag = tags.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("tag", id));
            if (contacts.anyWithTag(ctx.tenant(), id)) {
                throw new RuleViolationException("tag.in-use", "tag '" + tag.name() + "' is on contacts; remove it from them first");
            }
            tags.remove(tag);
            return null;
        });
    }

    /** @return the tenant's tags, by name */
    public List<Tag> tags() {
        return ctx.run(() -> tags.all(ctx.tenant()));
    }

    /**
     * Appends a status to the contact board.
     *
     * @param name  1 to 60 characters, unique regardless of case
     * @param color {@code #RRGGBB}, or null
     * @return the stored status
     */
    public ContactStatus defineStatus(String name, String color) {
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> statuses.add(new ContactStatus(new ContactStatusId(ctx.ids().next()), ctx.tenant(), 0,
                name, StageColor.ofNullable(color), statuses.all(ctx.tenant()).size())));
    }

    /**
     * @param order every status of the tenant exactly once; never null
     * @return the statuses in their new order
     */
    public List<ContactStatus> reorderStatuses(List<ContactStatusId> order) {
        List<ContactStatusId> wanted = List.copyOf(order);
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> {
            List<ContactStatus> existing = statuses.all(ctx.tenant());
            DisplayOrder.requirePermutation(wanted, existing.stream().map(ContactStatus::id).toList(),
                    "contact-status.order.incomplete", "contact status");
            for (ContactStatus status : existing) {
                int position = wanted.indexOf(status.id());
                if (status.displayOrder() != position) {
                    statuses.update(status.placedAt(position));
                }
            }
            return statuses.all(ctx.tenant());
        });
    }

    /**
     * @param id a status no contact has; never null
     * @throws RuleViolationException {@code contact-status.in-use}
     */
    public void deleteStatus(ContactStatusId id) {
        Objects.requireNonNull(id, "status");
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        ctx.run(() -> {
            ContactStatus status = statuses.find(ctx.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("contact-status", id));
            if (contacts.anyWithStatus(ctx.tenant(), id)) {
                throw new RuleViolationException("contact-status.in-use",
                        "contacts have status '" + status.name() + "'; move them first");
            }
            statuses.remove(status);
            for (ContactStatus other : statuses.all(ctx.tenant())) {
                if (other.displayOrder() > status.displayOrder()) {
                    statuses.update(other.placedAt(other.displayOrder() - 1));
                }
            }
            return null;
        });
    }

    /** @return the tenant's contact statuses, in board order */
    public List<ContactStatus> statuses() {
        return ctx.run(() -> statuses.all(ctx.tenant()));
    }

    /**
     * @param name         the label seen from the source, unique regardless of case
     * @param inverseLabel the label seen from the target, or null when it reads the same both ways
     * @return the stored type
     */
    public RelationshipType defineRelationshipType(String name, String inverseLabel) {
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> relationships.addType(new RelationshipType(new RelationshipTypeId(ctx.ids().next()),
                ctx.tenant(), 0, name, inverseLabel)));
    }

    /** @return the tenant's relationship types, by name */
    public List<RelationshipType> relationshipTypes() {
        return ctx.run(() -> relationships.types(ctx.tenant()));
    }
}
