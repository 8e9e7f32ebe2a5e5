package org.embedcrm.core.lead;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.DisplayOrder;
import org.embedcrm.core.shared.Permission;

/**
 * Manages lead statuses and lead sources. A tenant starts with the standard ones (see {@link #statuses()}).
 * Changes need {@link Permission#MANAGE_PIPELINES}. Obtain it from {@link org.embedcrm.core.Crm#leadSettings()}.
 */
public final class LeadSettingsService {

    private final ServiceContext ctx;
    private final LeadStatuses statuses;
    private final LeadSources sources;
    private final Leads leads;
    private final LeadDefaults defaults;

    /**
     * @param ctx      the service plumbing; never null
     * @param statuses never null
     * @param sources  never null
     * @param leads    to refuse deleting a status in use; never null
     */
    public LeadSettingsService(ServiceContext ctx, LeadStatuses statuses, LeadSources sources, Leads leads) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.defaults = new LeadDefaults(ctx, statuses, sources);
    }

    /**
     * @return the tenant's lead statuses by display order; a tenant without any first gets New (default),
     *         Contacted, Qualified, Converted (final, converted) and Lost (final, lost)
     */
    public List<LeadStatus> statuses() {
        return ctx.run(() -> defaults.statuses(ctx.tenant()));
    }

    /**
     * Appends a status.
     *
     * @param name    1 to 60 characters, unique regardless of case
     * @param color   {@code #RRGGBB}, or null
     * @param isFinal whether leads in it are closed
     * @param outcome what reaching it means (at most one converted and one lost status); never null
     * @return the stored status
     */
    public LeadStatus defineStatus(String name, String color, boolean isFinal, LeadOutcome outcome) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            List<LeadStatus> existing = defaults.statuses(ctx.tenant());
            checkOutcomeFree(existing, outcome, null);
            return statuses.add(new LeadStatus(new LeadStatusId(ctx.ids().next()), ctx.tenant(), 0, name,
                    StageColor.ofNullable(color), existing.size(), false, isFinal, outcome));
        });
    }

    /**
     * Changes a status's name, colour, final flag and outcome. A status leads sit in keeps its final flag and
     * outcome (those leads' conversion or loss depends on them).
     *
     * @param id      never null
     * @param name    1 to 60 characters, unique regardless of case
     * @param color   {@code #RRGGBB}, or null
     * @param isFinal whether leads in it are closed
     * @param outcome what reaching it means; never null
     * @return the stored status
     * @throws RuleViolationException {@code lead-status.in-use} or {@code lead-status.outcome-taken}
     */
    public LeadStatus updateStatus(LeadStatusId id, String name, String color, boolean isFinal, LeadOutcome outcome) {
        Objects.requireNonNull(id, "status");
        Objects.requireNonNull(outcome, "outcome");
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            List<LeadStatus> existing = defaults.statuses(ctx.tenant());
            LeadStatus current = find(existing, id);
            boolean meaningChanges = current.isFinal() != isFinal || current.outcome() != outcome;
            if (meaningChanges && leads.countByStatus(ctx.tenant()).getOrDefault(id, 0L) > 0) {
                throw new RuleViolationException("lead-status.in-use",
                        "leads have status '" + current.name() + "'; its final flag and outcome cannot change");
            }
            checkOutcomeFree(existing, outcome, id);
            return statuses.update(new LeadStatus(id, current.tenant(), current.version(), name,
                    StageColor.ofNullable(color), current.displayOrder(), current.isDefault(), isFinal, outcome));
        });
    }

    /**
     * Makes a status the default for new leads, clearing the flag on the previous default.
     *
     * @param id a non-final status; never null
     * @return the stored status
     */
    public LeadStatus makeDefault(LeadStatusId id) {
        Objects.requireNonNull(id, "status");
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            List<LeadStatus> existing = defaults.statuses(ctx.tenant());
            LeadStatus target = find(existing, id);
            if (target.isDefault()) {
                return target;
            }
            LeadStatus candidate = target.withDefault(true);
            for (LeadStatus other : existing) {
                if (other.isDefault()) {
                    statuses.update(other.withDefault(false));
                }
            }
            return statuses.update(candidate);
        });
    }

    /**
     * @param order every status exactly once; never null
     * @return the statuses in their new order
     */
    public List<LeadStatus> reorderStatuses(List<LeadStatusId> order) {
        List<LeadStatusId> wanted = List.copyOf(order);
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            List<LeadStatus> existing = defaults.statuses(ctx.tenant());
            DisplayOrder.requirePermutation(wanted, existing.stream().map(LeadStatus::id).toList(),
                    "lead-status.order.incomplete", "lead status");
            for (LeadStatus status : existing) {
                int position = wanted.indexOf(status.id());
                if (status.displayOrder() != position) {
                    statuses.update(status.placedAt(position));
                }
            }
            return statuses.all(ctx.tenant());
        });
    }

    /**
     * Deletes a status that is not the default and that no lead has.
     *
     * @param id never null
     * @throws RuleViolationException {@code lead-status.is-default} or {@code lead-status.in-use}
     */
    public void deleteStatus(LeadStatusId id) {
        Objects.requireNonNull(id, "status");
        ctx.require(Permission.MANAGE_PIPELINES);
        ctx.run(() -> {
            List<LeadStatus> existing = defaults.statuses(ctx.tenant());
            LeadStatus status = find(existing, id);
            if (status.isDefault()) {
                throw new RuleViolationException("lead-status.is-default",
                        "the default lead status cannot be deleted; make another status the default first");
            }
            if (leads.countByStatus(ctx.tenant()).getOrDefault(id, 0L) > 0) {
                throw new RuleViolationException("lead-status.in-use", "leads have status '" + status.name() + "'");
            }
            statuses.remove(status);
            for (LeadStatus other : statuses.all(ctx.tenant())) {
                if (other.displayOrder() > status.displayOrder()) {
                    statuses.update(other.placedAt(other.displayOrder() - 1));
                }
            }
            return null;
        });
    }

    /** @return the tenant's lead sources by name; a tenant without any first gets the standard five */
    public List<LeadSource> sources() {
        return ctx.run(() -> defaults.sources(ctx.tenant()));
    }

    /**
     * @param name 1 to 60 characters, unique regardless of case
     * @return the stored, active source
     */
    public LeadSource defineSource(String name) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            defaults.sources(ctx.tenant());
            return sources.add(new LeadSource(new LeadSourceId(ctx.ids().next()), ctx.tenant(), 0, name, true));
        });
    }

    /**
     * @param id     never null
     * @param active whether new leads can name it
     * @return the stored source
     */
    public LeadSource setSourceActive(LeadSourceId id, boolean active) {
        Objects.requireNonNull(id, "source");
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            LeadSource source = sources.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("lead-source", id));
            return source.active() == active ? source : sources.update(source.withActive(active));
        });
    }

    private static LeadStatus find(List<LeadStatus> existing, LeadStatusId id) {
        return existing.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("lead-status", id));
    }

    private static void checkOutcomeFree(List<LeadStatus> existing, LeadOutcome outcome, LeadStatusId self) {
        if (outcome == LeadOutcome.NONE) {
            return;
        }
        existing.stream().filter(s -> s.outcome() == outcome && !s.id().equals(self)).findFirst().ifPresent(s -> {
            throw new RuleViolationException("lead-status.outcome-taken",
                    "status '" + s.name() + "' already means " + outcome.name().toLowerCase(java.util.Locale.ROOT));
        });
    }
}
