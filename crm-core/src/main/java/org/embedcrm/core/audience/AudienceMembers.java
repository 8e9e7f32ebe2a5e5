package org.embedcrm.core.audience;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.Tag;
import org.embedcrm.spi.audience.AudienceMember;

/** How a contact looks to a marketing audience, and how that view travels in an outbox entry's payload. */
final class AudienceMembers {

    static final String ACTION = "action";
    static final String UPSERT = "upsert";
    static final String ARCHIVE = "archive";
    static final String ERASE = "erase";
    private static final String ATTRIBUTE = "attribute.";
    private static final String TAG = "tag.";
    private static final String REMOVED_TAG = "removedTag.";

    private AudienceMembers() {
    }

    /**
     * @param contact  a contact; never null
     * @param tagNames the tenant's tags; never null
     * @return the member it is, when it has an e-mail address
     */
    static Optional<AudienceMember> of(Contact contact, List<Tag> tagNames) {
        ContactProfile profile = contact.profile();
        if (profile.emails().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new HashMap<>();
        attributes.put("type", profile.type().name().toLowerCase());
        attributes.put("name", profile.displayName());
        if (profile.country() != null) {
            attributes.put("country", profile.country().value());
        }
        if (!profile.phones().isEmpty()) {
            attributes.put("phone", profile.phones().get(0).e164());
        }
        contact.roles().forEach(role -> attributes.put("role." + role.name().toLowerCase(), "true"));
        Set<String> tags = tagNames.stream().filter(tag -> contact.tags().contains(tag.id())).map(Tag::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Optional.of(new AudienceMember(profile.emails().get(0).value(),
                profile.firstName() == null ? "" : profile.firstName(),
                profile.lastName() == null ? profile.displayName() : profile.lastName(), attributes, tags,
                contact.consent().email() != null));
    }

    /**
     * @param member  the member as the audience should see it; never null
     * @param removed names of tags the contact lost, which the audience removes; never null
     * @return the payload of its upsert
     */
    static Map<String, String> upsert(AudienceMember member, Set<String> removed) {
        Map<String, String> payload = new HashMap<>();
        removed.forEach(tag -> payload.put(REMOVED_TAG + tag, tag));
        payload.put(ACTION, UPSERT);
        payload.put("email", member.email());
        payload.put("firstName", member.firstName());
        payload.put("lastName", member.lastName());
        payload.put("emailRejected", Boolean.toString(member.emailRejected()));
        member.attributes().forEach((name, value) -> payload.put(ATTRIBUTE + name, value));
        member.tags().forEach(tag -> payload.put(TAG + tag, tag));
        return payload;
    }

    static Map<String, String> archive(String email) {
        return Map.of(ACTION, ARCHIVE, "email", email);
    }

    static Map<String, String> erase(String email) {
        return Map.of(ACTION, ERASE, "email", email);
    }

    /** @return the names of the tags an upsert's payload says the contact lost */
    static Set<String> removedTags(Map<String, String> payload) {
        return payload.entrySet().stream().filter(entry -> entry.getKey().startsWith(REMOVED_TAG))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static AudienceMember fromPayload(Map<String, String> payload) {
        Map<String, String> attributes = new HashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        payload.forEach((name, value) -> {
            if (name.startsWith(ATTRIBUTE)) {
                attributes.put(name.substring(ATTRIBUTE.length()), value);
            } else if (name.startsWith(TAG)) {
                tags.add(value);
            }
        });
        return new AudienceMember(payload.get("email"), payload.get("firstName"), payload.get("lastName"),
                attributes, tags, Boolean.parseBoolean(payload.get("emailRejected")));
    }
}
