package org.embedcrm.core.merge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.internal.audit.AuditLog;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactService;
import org.embedcrm.core.party.Employment;
import org.embedcrm.spi.merge.MergeParticipant;
import org.embedcrm.spi.party.LinkedRecords;

/**
 * Merges a duplicate contact into the contact kept, without losing anything: every linked record moves (one
 * set-based update per kind), lists are unioned, the target keeps its values unless the caller picks the source's,
 * the source is removed and leaves a tombstone, so its old id still resolves. Obtain it from
 * {@link org.embedcrm.core.Crm#merges()}.
 *
 * <p>The source's health score is forgotten; the target's is brought up to date by the next refresh.
 *
 * <p>A merge is one transaction: when any step fails, both contacts and everything linked to them stay exactly as
 * they were. The target's audit trail notes the merge ({@code mergedFrom}), its timeline shows the merged
 * contact's history, and {@link ContactsMerged} is published after commit.
 */
public final class ContactMergeService {

    private final ServiceContext ctx;
    private final MergePorts ports;
    private final ContactService contactService;
    private final AuditLog audit;
    private final List<MergeParticipant> participants;

    /**
     * @param ctx            the service plumbing; never null
     * @param ports          the ports records move in; never null
     * @param contactService edits the target with the contact rules; never null
     * @param audit          notes the merge in the target's audit trail; never null
     * @param participants   the host's merge participants, maybe none; never null
     */
    public ContactMergeService(ServiceContext ctx, MergePorts ports, ContactService contactService, AuditLog audit,
                               List<MergeParticipant> participants) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.contactService = Objects.requireNonNull(contactService, "contactService");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.participants = List.copyOf(participants);
    }

    /**
     * @param source the contact to be merged away; never null
     * @param target the contact to be kept; never null
     * @return the field conflicts and the records that would move, by kind and count, host records included
     * @throws NotFoundException      when either contact does not exist
     * @throws ValidationException    {@code merge.same-contact}
     * @throws RuleViolationException {@code merge.type-mismatch}
     */
    public MergePreview preview(ContactId source, ContactId target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return ctx.run(() -> {
            Contact from = load(source);
            Contact into = load(target);
            check(from, into);
            MergedProfile merged = new MergedProfile(from, into);
            Map<LinkedKind, Long> moves = new EnumMap<>(merged.additions());
            MergedProfile.put(moves, LinkedKind.DEALS, ports.deals().countForContact(ctx.tenant(), source));
            MergedProfile.put(moves, LinkedKind.LEADS, ports.leads().countForContact(ctx.tenant(), source));
            MergedProfile.put(moves, LinkedKind.INTERACTIONS,
                    ports.interactions().count(ctx.tenant(), RecordRef.of(source)));
            MergedProfile.put(moves, LinkedKind.ACTIVITIES,
                    ports.activities().count(ctx.tenant(), RecordRef.of(source)));
            MergedProfile.put(moves, LinkedKind.RELATIONSHIPS, ports.relationships().of(ctx.tenant(), source)
                    .stream().filter(r -> !r.source().equals(target) && !r.target().equals(target)).count());
            MergedProfile.put(moves, LinkedKind.COMPANY_LINKS,
                    ports.contacts().employeesOf(ctx.tenant(), source).size() + merged.newEmployments().size());
            List<LinkedRecords> host = new ArrayList<>();
            participants.forEach(p -> host.addAll(p.preview(ctx.tenant().value(), source.value(), target.value())));
            return new MergePreview(source, target, merged.conflicts(), moves, host);
        });
    }

    /**
     * @param command the two contacts and the fields to take from the source; never null
     * @return the contact kept, as stored after the merge
     * @throws NotFoundException      when either contact does not exist
     * @throws ValidationException    {@code merge.same-contact}
     * @throws RuleViolationException {@code merge.type-mismatch}
     * @throws ConflictException      when either contact changed since the versions the caller previewed
     */
    public Contact merge(MergeContacts command) {
        return ctx.execute(command, () -> {
            Contact source = load(command.source());
            Contact target = load(command.target());
            check(source, target);
            ServiceContext.checkVersion("contact", source.id(), source.version(), command.sourceVersion());
            ServiceContext.checkVersion("contact", target.id(), target.version(), command.targetVersion());
            MergedProfile merged = new MergedProfile(source, target);
            Map<LinkedKind, Long> moved = new EnumMap<>(merged.additions());
            moveLinkedRecords(source.id(), target.id(), moved);
            List<Employment> employers = merged.newEmployments();
            MergedProfile.put(moved, LinkedKind.COMPANY_LINKS, employers.size());
            participants.forEach(p -> p.merge(ctx.tenant().value(), source.id().value(), target.id().value()));
            var input = merged.input(command.fromSource());
            ports.contacts().remove(source);
            contactService.update(target.id(), input, null);
            employers.forEach(e -> contactService.linkToCompany(target.id(), e.company(), e.jobTitle()));
            source.lastInteractionAt().ifPresent(at -> ports.contacts().recordInteraction(ctx.tenant(), target.id(),
                    at, null));
            ports.tombstones().add(new Tombstone(ctx.tenant(), RecordRef.of(source.id()), RecordRef.of(target.id()),
                    ctx.now(), ctx.actor()));
            audit.note(RecordRef.of(target.id()), "mergedFrom", null, source.id().toString());
            ctx.publish(new ContactsMerged(ctx.tenant(), ctx.now(), ctx.actor(), source.id(), target.id(), moved));
            return load(target.id());
        });
    }

    /**
     * @param id any contact id, also one merged away
     * @return the contact it stands for now: itself, or the contact it was merged into (following merges of
     *         merges)
     * @throws NotFoundException when the id never belonged to a contact of the tenant, or its contact was deleted
     */
    public Contact resolve(ContactId id) {
        Objects.requireNonNull(id, "contact");
        return ctx.run(() -> TombstoneTrail.follow(ports.tombstones(), ctx.tenant(), RecordRef.of(id),
                        ref -> ports.contacts().find(ctx.tenant(), new ContactId(ref.id())))
                .orElseThrow(() -> new NotFoundException("contact", id)));
    }

    private void moveLinkedRecords(ContactId source, ContactId target, Map<LinkedKind, Long> moved) {
        var tenant = ctx.tenant();
        MergedProfile.put(moved, LinkedKind.DEALS, ports.deals().reassignContact(tenant, source, target));
        MergedProfile.put(moved, LinkedKind.LEADS, ports.leads().reassignContact(tenant, source, target));
        MergedProfile.put(moved, LinkedKind.INTERACTIONS,
                ports.interactions().reassign(tenant, RecordRef.of(source), RecordRef.of(target)));
        MergedProfile.put(moved, LinkedKind.ACTIVITIES,
                ports.activities().reassign(tenant, RecordRef.of(source), RecordRef.of(target)));
        MergedProfile.put(moved, LinkedKind.RELATIONSHIPS, ports.relationships().reassign(tenant, source, target));
        MergedProfile.put(moved, LinkedKind.COMPANY_LINKS,
                ports.contacts().reassignReferences(tenant, source, target));
        Optional<PeppolStatus> status = ports.peppolStatuses().find(tenant, source);
        if (status.isPresent() && ports.peppolStatuses().find(tenant, target).isEmpty()) {
            PeppolStatus s = status.get();
            ports.peppolStatuses().save(new PeppolStatus(tenant, target, s.participant(), s.registered(),
                    s.documentTypes(), s.checkedAt(), s.source()));
        }
        status.ifPresent(s -> ports.peppolStatuses().remove(tenant, source));
        ports.healthScores().remove(tenant, source);
    }

    private Contact load(ContactId id) {
        return ports.contacts().find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private static void check(Contact source, Contact target) {
        if (source.id().equals(target.id())) {
            throw ValidationException.of("target", "merge.same-contact", "a contact cannot be merged into itself");
        }
        if (source.type() != target.type()) {
            throw new RuleViolationException("merge.type-mismatch",
                    "a " + source.type().name().toLowerCase() + " cannot be merged into a "
                            + target.type().name().toLowerCase());
        }
    }
}
