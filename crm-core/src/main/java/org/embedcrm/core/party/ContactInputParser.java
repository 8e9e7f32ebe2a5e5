package org.embedcrm.core.party;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.error.Violations;

/** Turns raw {@link ContactInput} into a typed {@link ContactEdit}, reporting every problem at once. */
final class ContactInputParser {

    private final String defaultRegion;

    ContactInputParser(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /**
     * @param in    the raw input
     * @param known violations already found (Bean Validation); reported together with the parser's, one per field
     */
    ContactEdit parse(ContactInput in, List<Violation> known) {
        List<Violation> violations = new ArrayList<>();
        List<EmailAddress> emails = each(in.emails(), "emails", EmailAddress::of, violations);
        List<PhoneNumber> phones = each(in.phones(), "phones", raw -> PhoneNumber.parse(raw, defaultRegion),
                violations);
        LanguageCode language = Violations.collect("language", in.language(), LanguageCode::of, violations);
        CountryCode country = Violations.collect("country", in.country(), CountryCode::of, violations);
        VatNumber vat = Violations.collect("vatNumber", in.vatNumber(), VatNumber::parse, violations);
        LanguageCode documentLanguage = Violations.collect("documentLanguage", in.documentLanguage(), LanguageCode::of, violations);
        StarRating rating = in.starRating() == null ? StarRating.none()
                : Violations.collect("starRating", in.starRating(), StarRating::new, violations);
        boolean channelsInvalid = violations.stream()
                .anyMatch(v -> v.field().startsWith("emails[") || v.field().startsWith("phones["));
        ContactProfile profile = Violations.collect("", in, i -> new ContactProfile(i.type(), i.displayName(), i.firstName(),
                i.lastName(), emails, phones, i.billingAddress(), i.deliveryAddresses(), i.website(), i.industry(),
                i.description(), language, country), violations);
        CustomerTerms terms = Violations.collect("", in, i -> new CustomerTerms(i.paymentTerms(), i.creditLimit(), vat,
                i.customerGroup(), documentLanguage), violations);
        if (channelsInvalid) {
            violations.removeIf(v -> v.code().equals("contact.needs-email-or-phone"));
        }
        Violations.throwIfAny(known, violations);
        return new ContactEdit(profile, in.roles(), in.status(), in.tags(), in.assignees(), rating,
                in.internalNotes(), in.nextContactDate(), terms, in.origin());
    }

    private static <T, R> List<R> each(List<T> raw, String field, Function<T, R> parser, List<Violation> violations) {
        List<R> parsed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            R value = Violations.collect(field + "[" + i + "]", raw.get(i), parser, violations);
            if (value != null) {
                parsed.add(value);
            }
        }
        return parsed;
    }
}
