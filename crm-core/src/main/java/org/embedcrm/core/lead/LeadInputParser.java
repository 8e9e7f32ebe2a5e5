package org.embedcrm.core.lead;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.error.ValidationException;
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
        EmailAddress email = null;
        PhoneNumber phone = null;
        LeadDetails details = null;
        try {
            email = in.email() == null || in.email().isBlank() ? null : EmailAddress.of(in.email());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        try {
            phone = in.phone() == null || in.phone().isBlank() ? null : PhoneNumber.parse(in.phone(), phoneRegion);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        try {
            details = new LeadDetails(in.title(), in.description(), in.contactName(), email, phone, in.companyName(),
                    in.value(), in.source(), in.referent());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        Violations.throwIfAny(known, violations);
        return details;
    }
}
