package org.embedcrm.core.lead;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.error.Violations;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;

/** Turns a raw {@link LeadInput} into typed details, reporting every problem at once. */
final class LeadInputParser {

    private final String phoneRegion;

    LeadInputParser(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    /**
     * @param in    the raw input
     * @param known violations already found (Bean Validation); reported together with the parser's, one per field
     */
    LeadDetails details(LeadInput in, List<Violation> known) {
        List<Violation> violations = new ArrayList<>();
        EmailAddress email = Violations.collect("", blankToNull(in.email()), EmailAddress::of, violations);
        PhoneNumber phone = Violations.collect("", blankToNull(in.phone()),
                raw -> PhoneNumber.parse(raw, phoneRegion), violations);
        LeadDetails details = Violations.collect("", in, i -> new LeadDetails(i.title(), i.description(),
                i.contactName(), email, phone, i.companyName(), i.value(), i.source(), i.referent()), violations);
        Violations.throwIfAny(known, violations);
        return details;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
