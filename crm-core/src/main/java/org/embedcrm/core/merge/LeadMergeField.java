package org.embedcrm.core.merge;

import java.util.function.Function;
import org.embedcrm.core.lead.Lead;

/**
 * A field of a lead that a merge may take from the lead merged away instead of the lead kept. The deals opened from
 * either lead are always unioned, and a refusal of calls or e-mails by either lead holds for the lead kept.
 */
public enum LeadMergeField {
    /** The title. */
    TITLE(l -> l.details().title()),
    /** The description. */
    DESCRIPTION(l -> l.details().description()),
    /** The person to talk to. */
    CONTACT_NAME(l -> l.details().contactName()),
    /** The contact's e-mail address. */
    EMAIL(l -> l.details().email()),
    /** The contact's phone number, compared in E.164. */
    PHONE(l -> l.details().phone() == null ? null : l.details().phone().e164()),
    /** The company's name. */
    COMPANY_NAME(l -> l.details().companyName()),
    /** The estimated value. */
    VALUE(l -> l.details().value()),
    /** How it was acquired. */
    SOURCE(l -> l.details().source()),
    /** The contact who referred it. */
    REFERENT(l -> l.details().referent()),
    /** The user responsible for it. */
    ASSIGNEE(Lead::assignee);

    private final Function<Lead, Object> read;

    LeadMergeField(Function<Lead, Object> read) {
        this.read = read;
    }

    /**
     * @param lead a lead; never null
     * @return this field's value on it, or null when empty
     */
    public Object valueOf(Lead lead) {
        return read.apply(lead);
    }
}
