package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.embedcrm.core.party.TagId;

/**
 * A row of {@code embedcrm_contact_tags}: a tag on a contact.
 *
 * @param tenantId the contact's tenant
 * @param tagId    the tag
 */
@Embeddable
record TagLink(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "tag_id", nullable = false) UUID tagId) {

    static TagLink of(String tenantId, TagId tag) {
        return new TagLink(tenantId, tag.value());
    }

    TagId toTag() {
        return new TagId(tagId);
    }
}
