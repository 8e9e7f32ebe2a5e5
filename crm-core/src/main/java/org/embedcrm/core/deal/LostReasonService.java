package org.embedcrm.core.deal;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.Permission;

/**
 * Manages the tenant's list of lost reasons (shared by deals and, later, leads). Reasons are deactivated, never
 * deleted, so lost deals keep theirs. Changes need {@link Permission#MANAGE_PIPELINES}.
 */
public final class LostReasonService {

    private final ServiceContext ctx;
    private final LostReasons lostReasons;

    /**
     * @param ctx         the service plumbing; never null
     * @param lostReasons the lost reason port; never null
     */
    public LostReasonService(ServiceContext ctx, LostReasons lostReasons) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.lostReasons = Objects.requireNonNull(lostReasons, "lostReasons");
    }

    /**
     * @param command the reason; never null
     * @return the stored reason, active
     * @throws ConflictException when the tenant has a reason of that name
     */
    public LostReason define(DefineLostReason command) {
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.execute(command, () -> {
            String key = Names.key(command.name());
            lostReasons.all(ctx.tenant()).stream().filter(r -> Names.key(r.name()).equals(key)).findFirst()
                    .ifPresent(r -> {
                        throw new ConflictException("lost-reason.name-taken",
                                "a lost reason named '" + r.name() + "' exists already", null);
                    });
            return lostReasons.add(new LostReason(new LostReasonId(ctx.ids().next()), ctx.tenant(), 0,
                    command.name(), true, command.requiresNote()));
        });
    }

    /**
     * @param id     the reason; never null
     * @param active whether it can be chosen from now on
     * @return the stored reason
     */
    public LostReason setActive(LostReasonId id, boolean active) {
        Objects.requireNonNull(id, "lost reason");
        ctx.require(Permission.MANAGE_PIPELINES);
        return ctx.run(() -> {
            LostReason reason = lostReasons.find(ctx.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("lost-reason", id));
            return reason.active() == active ? reason : lostReasons.update(reason.withActive(active));
        });
    }

    /** @return every reason of the tenant, active or not, by name */
    public List<LostReason> all() {
        return ctx.run(() -> lostReasons.all(ctx.tenant()));
    }
}
