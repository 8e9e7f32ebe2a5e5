package org.embedcrm.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadInput;

/**
 * The lead a merge keeps, field by field: the target's values, the source's where the target has none or the caller
 * chose the source's, and either lead's refusal of calls or e-mails.
 */
final class MergedLead {

    private final Lead source;
    private final Lead target;

    MergedLead(Lead source, Lead target) {
        this.source = source;
        this.target = target;
    }

    /** @return the fields both fill with different values, in the order of {@link LeadMergeField} */
    List<LeadFieldConflict> conflicts() {
        List<LeadFieldConflict> conflicts = new ArrayList<>();
        for (LeadMergeField field : LeadMergeField.values()) {
            Object kept = field.valueOf(target);
            Object merged = field.valueOf(source);
            if (kept != null && merged != null && !kept.equals(merged)) {
                conflicts.add(new LeadFieldConflict(field, kept.toString(), merged.toString()));
            }
        }
        return conflicts;
    }

    /**
     * @param fromSource the fields to take from the source where both have a value
     * @return the target's edit after the merge
     */
    LeadInput input(Set<LeadMergeField> fromSource) {
        LeadDetails email = pick(LeadMergeField.EMAIL, fromSource).details();
        LeadDetails phone = pick(LeadMergeField.PHONE, fromSource).details();
        return new LeadInput(pick(LeadMergeField.TITLE, fromSource).details().title(),
                pick(LeadMergeField.DESCRIPTION, fromSource).details().description(),
                pick(LeadMergeField.CONTACT_NAME, fromSource).details().contactName(),
                email.email() == null ? null : email.email().value(),
                phone.phone() == null ? null : phone.phone().raw(),
                pick(LeadMergeField.COMPANY_NAME, fromSource).details().companyName(),
                pick(LeadMergeField.VALUE, fromSource).details().value(),
                pick(LeadMergeField.SOURCE, fromSource).details().source(),
                pick(LeadMergeField.REFERENT, fromSource).details().referent(),
                null,
                pick(LeadMergeField.ASSIGNEE, fromSource).assignee(),
                target.consent().callRejected() || source.consent().callRejected(),
                target.consent().emailRejected() || source.consent().emailRejected());
    }

    private Lead pick(LeadMergeField field, Set<LeadMergeField> fromSource) {
        boolean fromTheSource = field.valueOf(source) != null
                && (field.valueOf(target) == null || fromSource.contains(field));
        return fromTheSource ? source : target;
    }
}
