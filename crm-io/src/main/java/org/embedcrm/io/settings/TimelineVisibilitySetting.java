package org.embedcrm.io.settings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.preference.TimelineVisibility;

/**
 * The timeline visibility of the settings document: the kinds of items the timeline of a contact, a lead and a
 * deal shows when a query names none (see {@link TimelineVisibility}).
 *
 * @param contact the kinds a contact's timeline shows; null or empty is refused by the check
 * @param lead    the kinds a lead's timeline shows; null or empty is refused by the check
 * @param deal    the kinds a deal's timeline shows; null or empty is refused by the check
 */
public record TimelineVisibilitySetting(Set<TimelineKind> contact, Set<TimelineKind> lead, Set<TimelineKind> deal) {

    /** Copies the sets that are present, null elements included, for the check to report. */
    public TimelineVisibilitySetting {
        contact = copy(contact);
        lead = copy(lead);
        deal = copy(deal);
    }

    /**
     * @param visibility the tenant's timeline visibility; never null
     * @return it as the document writes it
     */
    public static TimelineVisibilitySetting of(TimelineVisibility visibility) {
        return new TimelineVisibilitySetting(visibility.of(RecordKind.CONTACT), visibility.of(RecordKind.LEAD),
                visibility.of(RecordKind.DEAL));
    }

    /**
     * @return this as the core's timeline visibility
     * @throws ValidationException {@code timeline-visibility.required} or {@code timeline-visibility.empty}, under
     *                             {@code contact}, {@code lead} or {@code deal}
     */
    public TimelineVisibility toVisibility() {
        Map<RecordKind, Set<TimelineKind>> shown = new EnumMap<>(RecordKind.class);
        shown.put(RecordKind.CONTACT, contact);
        shown.put(RecordKind.LEAD, lead);
        shown.put(RecordKind.DEAL, deal);
        return new TimelineVisibility(shown);
    }

    private static Set<TimelineKind> copy(Set<TimelineKind> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
