package org.embedcrm.io.internal;

import java.util.List;
import java.util.function.Function;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.LanguageCode;
import org.embedcrm.core.party.VatNumber;

/**
 * Contact and lead input in the form the core stores it: text stripped and blank as null, codes and e-mail domains in
 * their canonical case, a person's empty display name as "first last", no rating as zero stars. Two inputs of the
 * same normal form store the same record, so an import writes nothing for a row that holds what is stored already.
 */
final class NormalForm {

    private NormalForm() {
    }

    /**
     * @param a an input
     * @param b another
     * @return whether storing either gives the same contact
     */
    static boolean same(ContactInput a, ContactInput b) {
        return of(a).equals(of(b));
    }

    /**
     * @param a a lead's input
     * @param b another
     * @return whether updating a lead with either gives the same lead; the status, which an update ignores, is not
     *         compared
     */
    static boolean same(LeadInput a, LeadInput b) {
        return of(a).equals(of(b));
    }

    static ContactInput of(ContactInput in) {
        boolean person = in.type() == ContactType.PERSON;
        String first = person ? text(in.firstName()) : null;
        String last = person ? text(in.lastName()) : null;
        String display = text(in.displayName());
        if (display == null && person && first != null && last != null) {
            display = first + " " + last;
        }
        return new ContactInput(in.type(), display, first, last,
                in.emails().stream().map(e -> canonical(e, t -> EmailAddress.of(t).value())).toList(),
                in.phones().stream().map(NormalForm::text).toList(), in.billingAddress(),
                List.copyOf(in.deliveryAddresses()), text(in.website()), text(in.industry()), text(in.description()),
                canonical(in.language(), t -> LanguageCode.of(t).value()),
                canonical(in.country(), t -> CountryCode.of(t).value()), in.roles(), in.status(), in.tags(),
                in.assignees(), in.starRating() == null ? 0 : in.starRating(), text(in.internalNotes()),
                in.nextContactDate(), in.paymentTerms(), in.creditLimit(),
                canonical(in.vatNumber(), t -> VatNumber.parse(t).value()), in.customerGroup(),
                canonical(in.documentLanguage(), t -> LanguageCode.of(t).value()), text(in.origin()));
    }

    static LeadInput of(LeadInput in) {
        return new LeadInput(text(in.title()), text(in.description()), text(in.contactName()),
                canonical(in.email(), t -> EmailAddress.of(t).value()), text(in.phone()), text(in.companyName()),
                in.value(), in.source(), in.referent(), null, in.assignee(), in.callRejected(), in.emailRejected());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Invalid values stay as they are: the service refuses them when the row is stored. */
    private static String canonical(String value, Function<String, String> parser) {
        String stripped = text(value);
        if (stripped == null) {
            return null;
        }
        try {
            return parser.apply(stripped);
        } catch (ValidationException invalid) {
            return stripped;
        }
    }
}
