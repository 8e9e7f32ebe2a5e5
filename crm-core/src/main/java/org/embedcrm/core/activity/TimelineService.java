package org.embedcrm.core.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.merge.Tombstones;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.preference.TenantPreferences;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.spi.timeline.HostTimelineRequest;
import org.embedcrm.spi.timeline.TimelineContributor;

/**
 * Reads the timeline of a contact, lead or deal: its interactions, activities, stage and status changes,
 * conversions, merges and other recorded changes, and the host's records from every {@link TimelineContributor},
 * newest first, one page at a time. A query that does not name its kinds of items gets those the tenant's
 * {@linkplain org.embedcrm.core.preference.TimelineVisibility timeline visibility} shows for the subject's kind of
 * record. Obtain it from {@link org.embedcrm.core.Crm#timeline()}.
 *
 * <p>Each source is asked only for the rows after the page's cursor, at most one page plus one, and the answers
 * are merged in order; a page never loads a subject's whole history.
 */
public final class TimelineService {

    private static final Set<TimelineKind> AUDITED = EnumSet.of(TimelineKind.STAGE_CHANGE,
            TimelineKind.STATUS_CHANGE, TimelineKind.CONVERSION, TimelineKind.MERGE, TimelineKind.CHANGE);
    /** Sorts after every UUID: a cursor sitting on a host entry lets the stores return all rows of its instant. */
    /** Most entries asked of a host at once, when many share one instant. */
    private static final int HOST_LIMIT_MAX = 10_000;
    /** Most records merged into one subject whose history its timeline shows. */
    private static final int MAX_MERGED = 1000;
    private static final String AFTER_EVERY_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff~";

    private final ServiceContext ctx;
    private final ActivityPorts ports;
    private final Contacts contacts;
    private final Tombstones tombstones;
    private final TenantPreferences preferences;
    private final List<TimelineContributor> contributors;

    /**
     * @param ctx          the service plumbing; never null
     * @param ports        the activity ports; never null
     * @param contacts     the contact port, for a company's contact persons; never null
     * @param tombstones   the merged records, whose history the record they merged into shows; never null
     * @param preferences  the tenants' preferences, for the kinds a query without kinds shows; never null
     * @param contributors the host's timeline contributors, maybe none; never null
     */
    public TimelineService(ServiceContext ctx, ActivityPorts ports, Contacts contacts, Tombstones tombstones,
                           TenantPreferences preferences, List<TimelineContributor> contributors) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.tombstones = Objects.requireNonNull(tombstones, "tombstones");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.contributors = List.copyOf(contributors);
    }

    /**
     * @param asked the subject, kinds (or none, for the tenant's visibility), page size and cursor; never null
     * @return one page, newest first, with the cursor of the next page unless it is the last
     * @throws NotFoundException when the subject is a contact that does not exist
     */
    public TimelinePage page(TimelineQuery asked) {
        Objects.requireNonNull(asked, "query");
        return ctx.run(() -> {
            TimelineQuery query = asked.kinds() != null ? asked
                    : asked.only(preferences.get(ctx.tenant()).timeline().of(asked.subject().kind()));
            List<RecordRef> subjects = subjects(query);
            List<TimelineItem> page = new ArrayList<>();
            TimelineCursor after = query.after();
            while (true) {
                Round round = fetch(query, subjects, after);
                for (TimelineItem item : round.items()) {
                    if (page.size() == query.limit()) {
                        return new TimelinePage(page, page.get(page.size() - 1).position());
                    }
                    page.add(item);
                }
                if (round.boundary() == null) {
                    return new TimelinePage(page, null);
                }
                if (page.size() == query.limit()) {
                    return new TimelinePage(page, page.get(page.size() - 1).position());
                }
                after = round.boundary();
            }
        });
    }

    /**
     * @param record a contact, lead, deal, pipeline or stage; never null
     * @param after  the last entry seen, or null for the newest
     * @param limit  at most this many, 1 to {@value TimelineQuery#MAX_LIMIT}
     * @return the record's audit entries, newest first
     */
    public List<AuditEntry> changes(RecordRef record, TimelineCursor after, int limit) {
        Objects.requireNonNull(record, "record");
        if (limit < 1 || limit > TimelineQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("ask for 1 to " + TimelineQuery.MAX_LIMIT + " entries: " + limit);
        }
        return ctx.run(() -> ports.auditTrail().entries(ctx.tenant(), List.of(record), after, limit));
    }

    /** The subject, the records merged into it (and into those), and a company's persons when asked. */
    private List<RecordRef> subjects(TimelineQuery query) {
        List<RecordRef> subjects = new ArrayList<>();
        List<RecordRef> next = List.of(query.subject());
        while (!next.isEmpty() && subjects.size() < MAX_MERGED) {
            subjects.addAll(next);
            next = next.stream().flatMap(r -> tombstones.mergedInto(ctx.tenant(), r).stream()).toList();
        }
        return query.includeContactPersons() ? withContactPersons(query.subject(), subjects) : subjects;
    }

    private List<RecordRef> withContactPersons(RecordRef subject, List<RecordRef> subjects) {
        if (subject.kind() != RecordKind.CONTACT) {
            return subjects;
        }
        Contact contact = contacts.find(ctx.tenant(), new ContactId(subject.id()))
                .orElseThrow(() -> new NotFoundException("contact", subject.id()));
        if (contact.type() != ContactType.COMPANY) {
            return subjects;
        }
        return Stream.concat(subjects.stream(),
                contacts.employeesOf(ctx.tenant(), contact.id()).stream().map(p -> RecordRef.of(p.id()))).toList();
    }

    /**
     * One round of reading: every source's rows after the cursor, at most one page plus one each. Where a source
     * had more, only the items up to the earliest such source's last row are certain to be in order; that
     * position is the boundary the next round starts from.
     */
    private Round fetch(TimelineQuery query, List<RecordRef> subjects, TimelineCursor after) {
        int fetch = query.limit() + 1;
        TimelineCursor storeAfter = after == null || isUuid(after.id()) ? after
                : new TimelineCursor(after.at(), AFTER_EVERY_UUID);
        Sources sources = new Sources(fetch);
        RecordKind kind = query.subject().kind();
        if (query.kinds().contains(TimelineKind.INTERACTION)) {
            sources.add(ports.interactions().timeline(ctx.tenant(), subjects, storeAfter, fetch).stream()
                    .map(i -> TimelineItems.of(i, subjectOf(kind, i.contact().value(), i, null))).toList());
        }
        if (query.kinds().contains(TimelineKind.ACTIVITY)) {
            sources.add(ports.activities().timeline(ctx.tenant(), subjects, storeAfter, fetch).stream()
                    .map(a -> TimelineItems.of(a, subjectOf(kind, a.contact() == null ? null : a.contact().value(),
                            null, a))).toList());
        }
        if (query.kinds().stream().anyMatch(AUDITED::contains)) {
            sources.add(ports.auditTrail().entries(ctx.tenant(), subjects, storeAfter, fetch).stream()
                    .map(TimelineItems::of).toList());
        }
        if (query.kinds().contains(TimelineKind.HOST)) {
            Instant from = sources.boundary() == null ? Instant.EPOCH : sources.boundary().at();
            Instant to = after == null ? Instant.parse("9999-12-31T00:00:00Z") : after.at().plus(1, ChronoUnit.MICROS);
            for (TimelineContributor contributor : contributors) {
                HostAnswer answer = ask(contributor, kind, subjects, from, to, fetch, after);
                sources.addHost(answer.entries().stream().map(e -> TimelineItems.of(e, kind))
                        .filter(item -> after == null || after.precedes(item.position()))
                        .sorted(Comparator.comparing(TimelineItem::position, TimelineCursor.ORDER)).toList(),
                        answer.truncated(), after);
            }
        }
        return sources.round(query.kinds(), after);
    }

    /**
     * Asks a host for one page plus one entry; when its answer is cut off inside the cursor's own instant (so the
     * page could not move past it), asks again for twice as many, up to {@value #HOST_LIMIT_MAX}.
     */
    private HostAnswer ask(TimelineContributor contributor, RecordKind kind, List<RecordRef> subjects, Instant from,
                           Instant to, int fetch, TimelineCursor after) {
        int limit = fetch;
        while (true) {
            List<HostTimelineEntry> entries = contributor.entries(new HostTimelineRequest(ctx.tenant().value(),
                    kind.name().toLowerCase(), ids(subjects), from, to, limit));
            boolean truncated = entries.size() >= limit;
            boolean stuck = truncated && after != null
                    && entries.stream().noneMatch(e -> e.at().isBefore(after.at()));
            if (!stuck || limit >= HOST_LIMIT_MAX) {
                return new HostAnswer(entries, truncated);
            }
            limit = Math.min(HOST_LIMIT_MAX, limit * 2);
        }
    }

    private static RecordRef subjectOf(RecordKind kind, UUID contact, Interaction interaction, Activity activity) {
        UUID id = switch (kind) {
            case LEAD -> interaction != null ? interaction.lead().value() : activity.lead().value();
            case DEAL -> interaction != null ? interaction.deal().value() : activity.deal().value();
            default -> contact;
        };
        return new RecordRef(kind, id);
    }

    private static Set<UUID> ids(Collection<RecordRef> subjects) {
        return subjects.stream().map(RecordRef::id).collect(Collectors.toSet());
    }

    private static boolean isUuid(String id) {
        return id.length() == 36 && id.charAt(8) == '-' && !id.startsWith(TimelineItems.HOST_PREFIX);
    }

    /** A host's entries for one request, and whether it gave as many as asked for (so there may be more). */
    private record HostAnswer(List<HostTimelineEntry> entries, boolean truncated) {
    }
}
