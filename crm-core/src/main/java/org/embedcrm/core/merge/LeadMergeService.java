package org.embedcrm.core.merge;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.internal.audit.AuditLog;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadService;

/**
 * Merges a duplicate lead into the lead kept, the way {@link ContactMergeService} merges contacts: the deals opened
 * from either lead are unioned, interactions and activities move (one set-based update per kind), the target keeps
 * its values unless the caller picks the source's and takes the source's where it has none, the source is removed
 * and leaves a tombstone, so its old id still resolves. Obtain it from {@link org.embedcrm.core.Crm#leadMerges()}.
 *
 * <p>A merge is one transaction: when any step fails, both leads and everything linked to them stay exactly as they
 * were. Converted leads are not merged: merge the contacts they became. The target's audit trail notes the merge
 * ({@code mergedFrom}), its timeline shows the merged lead's history, and {@link LeadsMerged} is published after
 * commit.
 */
public final class LeadMergeService {

    private final ServiceContext ctx;
    private final MergePorts ports;
    private final LeadService leadService;
    private final AuditLog audit;

    /**
     * @param ctx         the service plumbing; never null
     * @param ports       the ports records move in; never null
     * @param leadService edits the target with the lead rules; never null
     * @param audit       notes the merge in the target's audit trail; never null
     */
    public LeadMergeService(ServiceContext ctx, MergePorts ports, LeadService leadService, AuditLog audit) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.leadService = Objects.requireNonNull(leadService, "leadService");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * @param source the lead to be merged away; never null
     * @param target the lead to be kept; never null
     * @return the field conflicts and the records that would move, by kind and count
     * @throws NotFoundException      when either lead does not exist
     * @throws ValidationException    {@code merge.same-lead}
     * @throws RuleViolationException {@code merge.lead-converted}
     */
    public LeadMergePreview preview(LeadId source, LeadId target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return ctx.run(() -> {
            Lead from = load(source);
            Lead into = load(target);
            check(from, into);
            Map<LinkedKind, Long> moves = new EnumMap<>(LinkedKind.class);
            MergedProfile.put(moves, LinkedKind.DEALS,
                    from.opportunities().stream().filter(d -> !into.opportunities().contains(d)).count());
            MergedProfile.put(moves, LinkedKind.INTERACTIONS,
                    ports.interactions().count(ctx.tenant(), RecordRef.of(source)));
            MergedProfile.put(moves, LinkedKind.ACTIVITIES,
                    ports.activities().count(ctx.tenant(), RecordRef.of(source)));
            return new LeadMergePreview(source, target, new MergedLead(from, into).conflicts(), moves);
        });
    }

    /**
     * @param command the two leads and the fields to take from the source; never null
     * @return the lead kept, as stored after the merge
     * @throws NotFoundException      when either lead does not exist
     * @throws ValidationException    {@code merge.same-lead}
     * @throws RuleViolationException {@code merge.lead-converted}
     * @throws ConflictException      when either lead changed since the versions the caller previewed
     */
    public Lead merge(MergeLeads command) {
        return ctx.execute(command, () -> {
            Lead source = load(command.source());
            Lead target = load(command.target());
            check(source, target);
            ServiceContext.checkVersion("lead", source.id(), source.version(), command.sourceVersion());
            ServiceContext.checkVersion("lead", target.id(), target.version(), command.targetVersion());
            var input = new MergedLead(source, target).input(command.fromSource());
            var tenant = ctx.tenant();
            Map<LinkedKind, Long> moved = new EnumMap<>(LinkedKind.class);
            MergedProfile.put(moved, LinkedKind.DEALS,
                    ports.leads().reassignOpportunities(tenant, source.id(), target.id()));
            MergedProfile.put(moved, LinkedKind.INTERACTIONS,
                    ports.interactions().reassign(tenant, RecordRef.of(source.id()), RecordRef.of(target.id())));
            MergedProfile.put(moved, LinkedKind.ACTIVITIES,
                    ports.activities().reassign(tenant, RecordRef.of(source.id()), RecordRef.of(target.id())));
            ports.leads().remove(source);
            leadService.update(target.id(), input, null);
            ports.tombstones().add(new Tombstone(tenant, RecordRef.of(source.id()), RecordRef.of(target.id()),
                    ctx.now(), ctx.actor()));
            audit.note(RecordRef.of(target.id()), "mergedFrom", null, source.id().toString());
            ctx.publish(new LeadsMerged(tenant, ctx.now(), ctx.actor(), source.id(), target.id(), moved));
            return load(target.id());
        });
    }

    /**
     * @param id any lead id, also one merged away
     * @return the lead it stands for now: itself, or the lead it was merged into (following merges of merges)
     * @throws NotFoundException when the id never belonged to a lead of the tenant
     */
    public Lead resolve(LeadId id) {
        Objects.requireNonNull(id, "lead");
        return ctx.run(() -> TombstoneTrail.follow(ports.tombstones(), ctx.tenant(), RecordRef.of(id),
                        ref -> ports.leads().find(ctx.tenant(), new LeadId(ref.id())))
                .orElseThrow(() -> new NotFoundException("lead", id)));
    }

    private Lead load(LeadId id) {
        return ports.leads().find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("lead", id));
    }

    private static void check(Lead source, Lead target) {
        if (source.id().equals(target.id())) {
            throw ValidationException.of("target", "merge.same-lead", "a lead cannot be merged into itself");
        }
        for (Lead lead : new Lead[] {source, target}) {
            if (lead.isConverted()) {
                throw new RuleViolationException("merge.lead-converted", "lead '" + lead.details().title()
                        + "' was converted: merge the contacts it became instead");
            }
        }
    }
}
