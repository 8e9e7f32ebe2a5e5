package org.embedcrm.core.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.Employment;
import org.embedcrm.core.party.PhoneNumber;

/**
 * The contact a merge keeps, field by field: the target's values, the source's where the target has none or the
 * caller chose the source's, and the union of both contacts' lists and sets without duplicates.
 */
final class MergedProfile {

    private final Contact source;
    private final Contact target;

    MergedProfile(Contact source, Contact target) {
        this.source = source;
        this.target = target;
    }

    /** @return the fields both fill with different values */
    List<FieldConflict> conflicts() {
        List<FieldConflict> conflicts = new ArrayList<>();
        for (MergeField field : fields()) {
            Object kept = field.valueOf(target);
            Object merged = field.valueOf(source);
            if (kept != null && merged != null && !kept.equals(merged)) {
                conflicts.add(new FieldConflict(field, kept.toString(), merged.toString()));
            }
        }
        return conflicts;
    }

    /**
     * @param fromSource the fields to take from the source where both have a value
     * @return the target's edit after the merge
     */
    ContactInput input(Set<MergeField> fromSource) {
        ContactInput.Builder builder = ContactInput.of(target);
        for (MergeField field : fields()) {
            if (field.valueOf(source) != null && (field.valueOf(target) == null || fromSource.contains(field))) {
                field.copy(builder, source);
            }
        }
        newEmails().forEach(e -> builder.email(e.value()));
        newPhones().forEach(p -> builder.phone(p.raw()));
        newAddresses().forEach(builder::deliveryAddress);
        source.tags().forEach(builder::tag);
        source.assignees().forEach(builder::assignee);
        source.roles().forEach(builder::role);
        return builder.build();
    }

    /** @return the employers of a merged person that the target does not work at yet */
    List<Employment> newEmployments() {
        return source.employments().stream().filter(e -> !e.company().equals(target.id()))
                .filter(e -> target.employments().stream().noneMatch(t -> t.company().equals(e.company())))
                .toList();
    }

    /** @return how many of each unioned kind the target gains */
    Map<LinkedKind, Long> additions() {
        Map<LinkedKind, Long> counts = new EnumMap<>(LinkedKind.class);
        put(counts, LinkedKind.EMAILS, newEmails().size());
        put(counts, LinkedKind.PHONES, newPhones().size());
        put(counts, LinkedKind.ADDRESSES, newAddresses().size());
        put(counts, LinkedKind.TAGS, source.tags().stream().filter(t -> !target.tags().contains(t)).count());
        put(counts, LinkedKind.ASSIGNEES,
                source.assignees().stream().filter(a -> !target.assignees().contains(a)).count());
        return counts;
    }

    static void put(Map<LinkedKind, Long> counts, LinkedKind kind, long count) {
        if (count > 0) {
            counts.merge(kind, count, Long::sum);
        }
    }

    private List<MergeField> fields() {
        boolean company = target.type() == ContactType.COMPANY;
        return Arrays.stream(MergeField.values())
                .filter(f -> company ? f != MergeField.FIRST_NAME && f != MergeField.LAST_NAME
                        : f != MergeField.DISPLAY_NAME)
                .toList();
    }

    private List<EmailAddress> newEmails() {
        return source.profile().emails().stream().filter(e -> target.profile().emails().stream()
                .noneMatch(t -> t.matchKey().equals(e.matchKey()))).toList();
    }

    private List<PhoneNumber> newPhones() {
        return source.profile().phones().stream().filter(p -> target.profile().phones().stream()
                .noneMatch(t -> t.e164().equals(p.e164()))).toList();
    }

    private List<Address> newAddresses() {
        return source.profile().deliveryAddresses().stream()
                .filter(a -> !target.profile().deliveryAddresses().contains(a)).toList();
    }
}
