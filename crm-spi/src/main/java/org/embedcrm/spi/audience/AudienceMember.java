package org.embedcrm.spi.audience;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A contact as a marketing audience sees it: its email address, name, the other attributes the audience may map
 * to its own fields, its tags, and whether it rejected email.
 *
 * @param email         the email address, trimmed; never blank and holding an {@code @} between two parts
 * @param firstName     the first name; never null, empty when the contact has none (a company)
 * @param lastName      the last name or company name; never null, may be empty
 * @param attributes    other attributes by name (e.g. {@code company -> Acme}); never null; null values refused
 * @param tags          tags the member should carry, in order; never null; blank tags refused
 * @param emailRejected whether the contact refused email, so it must never be subscribed
 */
public record AudienceMember(String email, String firstName, String lastName, Map<String, String> attributes,
                             Set<String> tags, boolean emailRejected) {

    /** Trims the email, rejects invalid parts and copies the attributes and tags. */
    public AudienceMember {
        email = Objects.requireNonNull(email, "email").strip();
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1) {
            throw new IllegalArgumentException("email must look like name@domain: " + email);
        }
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes")));
        if (attributes.containsKey(null) || attributes.containsValue(null)) {
            throw new IllegalArgumentException("attributes must not hold null names or values");
        }
        tags = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(tags, "tags")));
        if (tags.stream().anyMatch(tag -> tag == null || tag.isBlank())) {
            throw new IllegalArgumentException("tags must not be blank: " + tags);
        }
    }

    /**
     * A contact who did not reject email, with no attributes or tags yet.
     *
     * @param email     the email address; never null
     * @param firstName the first name; never null, may be empty
     * @param lastName  the last name; never null, may be empty
     * @return the member; never null
     */
    public static AudienceMember of(String email, String firstName, String lastName) {
        return new AudienceMember(email, firstName, lastName, Map.of(), Set.of(), false);
    }

    /**
     * @param newTags the tags the member should carry instead; never null
     * @return this member with those tags; never null
     */
    public AudienceMember withTags(Set<String> newTags) {
        return new AudienceMember(email, firstName, lastName, attributes, newTags, emailRejected);
    }

    /**
     * @param newAttributes the attributes the member should carry instead; never null
     * @return this member with those attributes; never null
     */
    public AudienceMember withAttributes(Map<String, String> newAttributes) {
        return new AudienceMember(email, firstName, lastName, newAttributes, tags, emailRejected);
    }

    /** @return this member, marked as a contact who rejected email; never null */
    public AudienceMember rejectingEmail() {
        return new AudienceMember(email, firstName, lastName, attributes, tags, true);
    }
}
