package org.embedcrm.persistence.jpa;

import static org.embedcrm.persistence.jpa.Records.ALICE;
import static org.embedcrm.persistence.jpa.Records.MONDAY;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CustomerTerms;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.StarRating;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.TenantId;

/** New contacts for the port-level tests, built directly so they can break rules the services would keep. */
final class PartyRecords {

    private PartyRecords() {
    }

    /** @return a new company of that name with those e-mail addresses, the first the primary one */
    static Contact company(TenantId tenant, String name, String... emails) {
        return company(new ContactId(UUID.randomUUID()), tenant, name, emails);
    }

    static Contact company(ContactId id, TenantId tenant, String name, String... emails) {
        return Contact.restore(new Contact.Snapshot(id, tenant, 0,
                profile(name, emails), List.of(), null, Set.of(), null, Set.of(), Set.of(), StarRating.none(), null,
                null, null, Consent.none(), CustomerTerms.none(), null, null, MONDAY, ALICE, MONDAY));
    }

    static Contact withEmails(Contact contact, String... emails) {
        Contact.Snapshot s = contact.snapshot();
        return Contact.restore(new Contact.Snapshot(s.id(), s.tenant(), s.version(),
                profile(s.profile().displayName(), emails), s.employments(), s.primaryContact(), s.roles(), s.status(),
                s.tags(), s.assignees(), s.rating(), s.internalNotes(), s.nextContactDate(), s.lastInteractionAt(),
                s.consent(), s.terms(), s.origin(), s.archivedAt(), s.createdAt(), s.createdBy(), s.updatedAt()));
    }

    static Contact withTags(Contact contact, TagId... tags) {
        Contact.Snapshot s = contact.snapshot();
        return Contact.restore(new Contact.Snapshot(s.id(), s.tenant(), s.version(), s.profile(), s.employments(),
                s.primaryContact(), s.roles(), s.status(), Set.of(tags), s.assignees(), s.rating(), s.internalNotes(),
                s.nextContactDate(), s.lastInteractionAt(), s.consent(), s.terms(), s.origin(), s.archivedAt(),
                s.createdAt(), s.createdBy(), s.updatedAt()));
    }

    /** @return the contact archived at that instant, or active again for null */
    static Contact archivedAt(Contact contact, Instant at) {
        Contact.Snapshot s = contact.snapshot();
        return Contact.restore(new Contact.Snapshot(s.id(), s.tenant(), s.version(), s.profile(), s.employments(),
                s.primaryContact(), s.roles(), s.status(), s.tags(), s.assignees(), s.rating(), s.internalNotes(),
                s.nextContactDate(), s.lastInteractionAt(), s.consent(), s.terms(), s.origin(), at, s.createdAt(),
                s.createdBy(), s.updatedAt()));
    }

    private static ContactProfile profile(String name, String... emails) {
        return new ContactProfile(ContactType.COMPANY, name, null, null,
                List.of(emails).stream().map(EmailAddress::of).toList(), List.of(), null, List.of(), null, null, null,
                null, null);
    }
}
