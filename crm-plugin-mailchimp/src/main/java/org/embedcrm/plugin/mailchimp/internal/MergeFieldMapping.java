package org.embedcrm.plugin.mailchimp.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which contact attribute fills which Mailchimp merge field, besides {@code FNAME} and {@code LNAME} that always
 * carry the first and last name. Written in settings as {@code TAG=attribute} pairs separated by commas, e.g.
 * {@code COMPANY=company, CITY=city}.
 *
 * @param attributeByTag the attribute's name for each merge tag, in order; never null
 */
record MergeFieldMapping(Map<String, String> attributeByTag) {

    /** Merge tags the plugin fills itself, or that Mailchimp reserves. */
    private static final Set<String> RESERVED = Set.of("EMAIL", "FNAME", "LNAME");
    /** Mailchimp's merge tags: upper-case letters, digits and underscores, at most 10 characters. */
    private static final String TAG = "[A-Z][A-Z0-9_]{0,9}";

    MergeFieldMapping {
        attributeByTag = Collections.unmodifiableMap(new LinkedHashMap<>(attributeByTag));
        attributeByTag.forEach((tag, attribute) -> {
            if (!tag.matches(TAG) || RESERVED.contains(tag)) {
                throw new IllegalArgumentException("'" + tag + "' is not a merge tag this plugin may fill: use"
                        + " 1 to 10 upper-case letters, digits or _, other than " + RESERVED);
            }
            if (attribute.isBlank()) {
                throw new IllegalArgumentException("merge tag " + tag + " needs an attribute name");
            }
        });
    }

    /**
     * @param setting {@code TAG=attribute} pairs separated by commas; never null, may be blank for none
     * @return the mapping; never null
     * @throws IllegalArgumentException when a pair is malformed or a tag repeats
     */
    static MergeFieldMapping parse(String setting) {
        Map<String, String> attributeByTag = new LinkedHashMap<>();
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected TAG=attribute but found '" + pair.strip() + "'");
            }
            if (attributeByTag.put(parts[0].strip(), parts[1].strip()) != null) {
                throw new IllegalArgumentException("merge tag " + parts[0].strip() + " is mapped twice");
            }
        }
        return new MergeFieldMapping(attributeByTag);
    }

    /**
     * @param firstName  the member's first name; never null
     * @param lastName   the member's last name; never null
     * @param attributes the member's attributes by name; never null
     * @return the merge fields to send: the names, then each mapped attribute the member has; never null
     */
    Map<String, String> mergeFields(String firstName, String lastName, Map<String, String> attributes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("FNAME", firstName);
        fields.put("LNAME", lastName);
        attributeByTag.forEach((tag, attribute) -> {
            String value = attributes.get(attribute);
            if (value != null) {
                fields.put(tag, value);
            }
        });
        return fields;
    }
}
