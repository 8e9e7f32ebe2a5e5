package org.embedcrm.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.shared.TenantId;

/** New lead records for the port-level tests, built directly so they can break rules the services would keep. */
final class LeadRecords {

    private LeadRecords() {
    }

    static LeadStatus status(TenantId tenant, String name) {
        return new LeadStatus(new LeadStatusId(UUID.randomUUID()), tenant, 0, name, null, 0, false, false,
                LeadOutcome.NONE);
    }

    static LeadStatus defaultStatus(TenantId tenant, String name) {
        return new LeadStatus(new LeadStatusId(UUID.randomUUID()), tenant, 0, name, null, 0, true, false,
                LeadOutcome.NONE);
    }

    static LeadStatus finalStatus(TenantId tenant, String name, LeadOutcome outcome) {
        return new LeadStatus(new LeadStatusId(UUID.randomUUID()), tenant, 0, name, null, 0, false, true, outcome);
    }

    static LeadSource source(TenantId tenant, String name) {
        return new LeadSource(new LeadSourceId(UUID.randomUUID()), tenant, 0, name, true);
    }

    /** @return a lead with that id, title and e-mail address (or none), created at that instant */
    static Lead lead(LeadStatus status, UUID id, String title, String email, Instant createdAt) {
        LeadDetails details = new LeadDetails(title, null, null, email == null ? null : EmailAddress.of(email), null,
                null, null, null, null);
        return Lead.restore(new Lead.Snapshot(new LeadId(id), status.tenant(), 0, details, status.id(), Records.ALICE,
                Consent.none(), null, null, null, List.of(), createdAt, Records.ALICE, createdAt));
    }

    static Lead lead(LeadStatus status, String title, String email) {
        return lead(status, UUID.randomUUID(), title, email, Records.MONDAY);
    }

    static Lead retitled(Lead lead, String title) {
        Lead.Snapshot s = lead.snapshot();
        LeadDetails d = s.details();
        return Lead.restore(new Lead.Snapshot(s.id(), s.tenant(), s.version(),
                new LeadDetails(title, d.description(), d.contactName(), d.email(), d.phone(), d.companyName(),
                        d.value(), d.source(), d.referent()),
                s.status(), s.assignee(), s.consent(), s.lostReason(), s.lostNote(), s.conversion(), s.opportunities(),
                s.createdAt(), s.createdBy(), s.updatedAt()));
    }
}
