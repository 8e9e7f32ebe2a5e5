package org.embedcrm.plugin.peppol.internal;

import java.util.Locale;
import java.util.Optional;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.ParticipantId;

/**
 * Turns a contact's VAT or registration number into its PEPPOL participant identifier: strips spaces, dashes, dots,
 * slashes and the country prefix, completes short forms, checks the format and check digits, then writes
 * {@code <icd>:<prefix><number>}, e.g. {@code 0208:0428759497} or {@code 9925:BE0428759497}.
 */
public final class ParticipantIds {

    private ParticipantIds() {
    }

    /**
     * @param identifier a contact's number; never null
     * @return its participant identifier; empty when PEPPOL has no scheme for that kind of number in that country
     * @throws IllegalArgumentException when the number is malformed or fails its check digits
     */
    public static Optional<ParticipantId> of(BusinessIdentifier identifier) {
        return IdentifierSchemes.of(identifier).map(scheme -> participant(identifier, scheme));
    }

    private static ParticipantId participant(BusinessIdentifier identifier, NumberScheme scheme) {
        String number = compact(identifier.value());
        if (!scheme.prefix().isEmpty() && number.startsWith(scheme.prefix())) {
            number = number.substring(scheme.prefix().length());
        }
        number = scheme.padding().apply(number);
        String what = identifier.country() + " " + (identifier.kind() == BusinessIdentifier.Kind.VAT_NUMBER
                ? "VAT number" : "registration number");
        if (!scheme.format().matcher(number).matches()) {
            throw new IllegalArgumentException(what + " '" + identifier.value() + "' is malformed: expected "
                    + (scheme.prefix().isEmpty() ? "" : "an optional " + scheme.prefix() + " followed by ")
                    + scheme.description());
        }
        if (!scheme.checkDigits().test(number)) {
            throw new IllegalArgumentException(what + " '" + identifier.value() + "' has wrong check digits");
        }
        return ParticipantId.iso6523(scheme.icd(), scheme.prefix() + number);
    }

    private static String compact(String typed) {
        String number = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s./-]", "");
        int zero = number.indexOf("(0)");
        return zero < 0 ? number : number.substring(0, zero) + "0" + number.substring(zero + 3);
    }
}
