package org.embedcrm.core.activity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.embedcrm.spi.timeline.HostTimelineEntry;

/** Turns interactions, activities, audit entries and host entries into timeline items. */
final class TimelineItems {

    /** Prefix of host entries' ids, which sorts after every UUID at the same instant. */
    static final String HOST_PREFIX = "host:";

    private TimelineItems() {
    }

    static TimelineItem of(Interaction interaction, RecordRef subject) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("interactionKind", interaction.kind().name());
        if (interaction.outcome() != null) {
            attributes.put("outcome", interaction.outcome());
        }
        if (interaction.email() != null) {
            attributes.put("direction", interaction.email().direction().name());
        }
        return new TimelineItem(interaction.id().toString(), TimelineKind.INTERACTION, interaction.occurredAt(),
                subject, label(interaction.kind().name()) + ": " + interaction.summary(), interaction.details(),
                interaction.author(), attributes);
    }

    static TimelineItem of(Activity activity, RecordRef subject) {
        return new TimelineItem(activity.id().toString(), TimelineKind.ACTIVITY, activity.startsAt(), subject,
                label(activity.kind().name()) + ": " + activity.subject(), activity.description(), activity.owner(),
                Map.of("activityKind", activity.kind().name(), "status", activity.status().name(),
                        "priority", activity.priority().name(), "endsAt", activity.endsAt().toString()));
    }

    static TimelineItem of(AuditEntry entry) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("change", entry.change().name());
        attributes.put("changeSet", entry.changeSet().toString());
        if (entry.field() != null) {
            attributes.put("field", entry.field());
        }
        if (entry.oldValue() != null) {
            attributes.put("from", entry.oldValue());
        }
        if (entry.newValue() != null) {
            attributes.put("to", entry.newValue());
        }
        return new TimelineItem(entry.id().toString(), kindOf(entry), entry.at(), entry.record(), title(entry), null,
                entry.actor(), attributes);
    }

    static TimelineItem of(HostTimelineEntry entry, RecordKind kind) {
        Map<String, String> attributes = new HashMap<>(entry.attributes());
        attributes.put("hostKind", entry.kind());
        return new TimelineItem(HOST_PREFIX + entry.id(), TimelineKind.HOST, entry.at(),
                new RecordRef(kind, entry.subjectId()), entry.title(), entry.detail(), null, attributes);
    }

    static TimelineKind kindOf(AuditEntry entry) {
        String field = entry.field() == null ? "" : entry.field();
        RecordKind record = entry.record().kind();
        if (field.equals("mergedFrom")) {
            return TimelineKind.MERGE;
        }
        if (record == RecordKind.DEAL && field.equals("stage")) {
            return TimelineKind.STAGE_CHANGE;
        }
        if ((record == RecordKind.CONTACT || record == RecordKind.LEAD) && field.equals("status")) {
            return TimelineKind.STATUS_CHANGE;
        }
        if (record == RecordKind.LEAD && field.startsWith("conversion")) {
            return TimelineKind.CONVERSION;
        }
        return TimelineKind.CHANGE;
    }

    private static String title(AuditEntry entry) {
        return switch (entry.change()) {
            case CREATED -> "Created";
            case DELETED -> "Deleted";
            case UPDATED -> entry.field() + ": " + orNone(entry.oldValue()) + " → " + orNone(entry.newValue());
        };
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    private static String label(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
