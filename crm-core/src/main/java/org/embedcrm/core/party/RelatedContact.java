package org.embedcrm.core.party;

/**
 * A relationship as seen from one of its contacts.
 *
 * @param relationship the link; never null
 * @param other        the contact on the other side; never null
 * @param label        the type's label as seen from this side; never null
 */
public record RelatedContact(RelationshipId relationship, ContactId other, String label) {
}
