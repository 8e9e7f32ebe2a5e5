package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.activity.RecordKind;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** Activities in memory. */
final class InMemoryActivities implements Activities {

    private static final Comparator<Activity> BY_START = Comparator.comparing(Activity::startsAt)
            .thenComparing(a -> a.id().toString());

    private final VersionedTable<ActivityId, Activity> table;

    InMemoryActivities(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("activity", Activity::id,
                Activity::tenant, Activity::version, (a, v) -> new Activity(a.id(), a.tenant(), v, a.kind(),
                a.category(), a.subject(), a.description(), a.startsAt(), a.endsAt(), a.location(), a.owner(),
                a.attendees(), a.attendeeContacts(), a.status(), a.priority(), a.contact(), a.lead(), a.deal(),
                a.reminders(), a.createdAt(), a.createdBy(), a.updatedAt()), List.of()));
    }

    @Override
    public Optional<Activity> find(TenantId tenant, ActivityId id) {
        return table.find(tenant, id);
    }

    @Override
    public Activity add(Activity activity) {
        return table.add(activity);
    }

    @Override
    public Activity update(Activity activity) {
        return table.update(activity);
    }

    @Override
    public List<Activity> calendar(TenantId tenant, Set<UserRef> users, Instant from, Instant to, int limit) {
        return table.all(tenant).filter(a -> users.stream().anyMatch(a::involves))
                .filter(a -> a.startsAt().isBefore(to) && (a.endsAt().isAfter(from) || !a.startsAt().isBefore(from)))
                .sorted(BY_START).limit(limit).toList();
    }

    @Override
    public List<Activity> upcomingTasks(TenantId tenant, UserRef owner, int limit) {
        return table.all(tenant).filter(a -> a.kind().isTask() && a.status() != ActivityStatus.DONE)
                .filter(a -> owner == null || a.owner().equals(owner)).sorted(BY_START).limit(limit).toList();
    }

    @Override
    public Map<ActivityStatus, Long> taskCountsByStatus(TenantId tenant) {
        return table.all(tenant).filter(a -> a.kind().isTask())
                .collect(Collectors.groupingBy(Activity::status, TreeMap::new, Collectors.counting()));
    }

    @Override
    public List<Activity> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after, int limit) {
        return TimelineOrder.page(table.all(tenant).filter(a -> TimelineOrder.linked(subjects,
                        a.contact() == null ? null : RecordRef.of(a.contact()),
                        a.lead() == null ? null : RecordRef.of(a.lead()),
                        a.deal() == null ? null : RecordRef.of(a.deal()))),
                Activity::startsAt, Activity::id, after, limit);
    }

    @Override
    public long count(TenantId tenant, RecordRef record) {
        return table.all(tenant).filter(a -> links(a, record)).count();
    }

    @Override
    public int reassign(TenantId tenant, RecordRef from, RecordRef to) {
        List<Activity> linked = table.all(tenant).filter(a -> links(a, from)).toList();
        linked.forEach(a -> table.replace(new Activity(a.id(), a.tenant(), a.version(), a.kind(), a.category(),
                a.subject(), a.description(), a.startsAt(), a.endsAt(), a.location(), a.owner(), a.attendees(),
                a.attendeeContacts().stream().map(c -> InMemoryInteractions.swap(c, from, to, RecordKind.CONTACT,
                        ContactId::new, ContactId::value)).collect(Collectors.toSet()), a.status(), a.priority(),
                InMemoryInteractions.swap(a.contact(), from, to, RecordKind.CONTACT, ContactId::new, ContactId::value),
                InMemoryInteractions.swap(a.lead(), from, to, RecordKind.LEAD, LeadId::new, LeadId::value),
                InMemoryInteractions.swap(a.deal(), from, to, RecordKind.DEAL, DealId::new, DealId::value),
                a.reminders(), a.createdAt(), a.createdBy(), a.updatedAt())));
        return linked.size();
    }

    private static boolean links(Activity a, RecordRef record) {
        return TimelineOrder.linked(List.of(record), a.contact() == null ? null : RecordRef.of(a.contact()),
                a.lead() == null ? null : RecordRef.of(a.lead()), a.deal() == null ? null : RecordRef.of(a.deal()))
                || record.kind() == RecordKind.CONTACT && a.attendeeContacts().contains(new ContactId(record.id()));
    }
}
