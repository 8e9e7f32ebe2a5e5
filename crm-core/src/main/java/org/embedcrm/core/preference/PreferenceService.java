package org.embedcrm.core.preference;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.Permission;

/**
 * Reads and changes the tenant's {@link Preferences}: one part at a time, all at once, or back to the defaults.
 * Every change names the version it was based on and is refused when someone saved since; a change that changes
 * nothing stores nothing. Changes need {@link Permission#MANAGE_CONTACT_SETTINGS}. Obtain it from
 * {@link org.embedcrm.core.Crm#preferences()}.
 */
public final class PreferenceService {

    private final ServiceContext ctx;
    private final TenantPreferences preferences;

    /**
     * @param ctx         the service plumbing; never null
     * @param preferences the preference port; never null
     */
    public PreferenceService(ServiceContext ctx, TenantPreferences preferences) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /** @return the tenant's preferences now: the defaults, of version 0, until it saves any */
    public Preferences get() {
        return ctx.run(() -> preferences.get(ctx.tenant()));
    }

    /**
     * @param version the version the change is based on
     * @param display the display preferences wanted; never null
     * @return the stored preferences
     * @throws ConflictException {@code stale-version}
     */
    public Preferences changeDisplay(long version, DisplayPreferences display) {
        Objects.requireNonNull(display, "display");
        return change(version, p -> p.withDisplay(display));
    }

    /**
     * @param version the version the change is based on
     * @param record  a contact, lead or deal; never null
     * @param kinds   the kinds of items its timeline shows by default from now on; never null, not empty
     * @return the stored preferences
     * @throws ValidationException {@code timeline-visibility.no-timeline}, {@code timeline-visibility.empty}
     * @throws ConflictException   {@code stale-version}
     */
    public Preferences showOnTimeline(long version, RecordKind record, Set<TimelineKind> kinds) {
        Objects.requireNonNull(record, "record");
        return change(version, p -> p.withTimeline(p.timeline().with(record, kinds)));
    }

    /**
     * Replaces every preference at once.
     *
     * @param version  the version the change is based on
     * @param display  the display preferences wanted; never null
     * @param timeline the timeline visibility wanted; never null
     * @return the stored preferences
     * @throws ConflictException {@code stale-version}
     */
    public Preferences replace(long version, DisplayPreferences display, TimelineVisibility timeline) {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(timeline, "timeline");
        return change(version, p -> p.withDisplay(display).withTimeline(timeline));
    }

    /**
     * Gives the tenant the preferences of a fresh tenant.
     *
     * @param version the version the change is based on
     * @return the stored preferences
     * @throws ConflictException {@code stale-version}
     */
    public Preferences reset(long version) {
        return replace(version, DisplayPreferences.defaults(), TimelineVisibility.defaults());
    }

    private Preferences change(long version, UnaryOperator<Preferences> change) {
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> {
            Preferences stored = preferences.get(ctx.tenant());
            if (stored.version() != version) {
                throw ConflictException.staleVersion("preferences of tenant", ctx.tenant(), version);
            }
            Preferences changed = change.apply(stored);
            return changed.equals(stored) ? stored : preferences.save(changed);
        });
    }
}
