package org.embedcrm.plugin.peppol.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;

/**
 * The PEPPOL participant identifier schemes for the numbers a CRM keeps, by country, from the Peppol code list
 * v9.3: the active VAT schemes of the EU member states and the United Kingdom (99xx "XX:VAT", 0211 for Italy;
 * Denmark, Finland and Sweden have none left) and the active business-register schemes of European countries.
 * Belgium's enterprise number (0208) and VAT number (9925), the Dutch btw-nummer and the German USt-IdNr carry their
 * check digits; the other formats are checked for shape only.
 */
final class IdentifierSchemes {

    private static final UnaryOperator<String> BELGIAN_OLD_FORM = n -> n.length() == 9 ? "0" + n : n;
    private static final UnaryOperator<String> DUTCH_SHORT_FORM =
            n -> n.matches("[0-9]{1,8}B[0-9]{2}") ? "0".repeat(12 - n.length()) + n : n;

    private static final NumberScheme BELGIAN_ENTERPRISE = NumberScheme
            .of("0208", "", "[01][0-9]{9}", "10 digits, the first 0 or 1")
            .padded(BELGIAN_OLD_FORM).checked(CheckDigits::belgian);

    private static final Map<String, NumberScheme> VAT = Map.ofEntries(
            Map.entry("AT", NumberScheme.of("9914", "AT", "U[0-9]{8}", "U and 8 digits")),
            Map.entry("BE", NumberScheme.of("9925", "BE", "[01][0-9]{9}", "10 digits, the first 0 or 1")
                    .padded(BELGIAN_OLD_FORM).checked(CheckDigits::belgian)),
            Map.entry("BG", NumberScheme.of("9926", "BG", "[0-9]{9,10}", "9 or 10 digits")),
            Map.entry("CY", NumberScheme.of("9928", "CY", "[0-9]{8}[A-Z]", "8 digits and a letter")),
            Map.entry("CZ", NumberScheme.of("9929", "CZ", "[0-9]{8,10}", "8 to 10 digits")),
            Map.entry("DE", NumberScheme.of("9930", "DE", "[1-9][0-9]{8}", "9 digits, the first not 0")
                    .checked(CheckDigits::german)),
            Map.entry("EE", NumberScheme.of("9931", "EE", "[0-9]{9}", "9 digits")),
            Map.entry("ES", NumberScheme.of("9920", "ES", "[0-9A-Z][0-9]{7}[0-9A-Z]",
                    "a digit or letter, 7 digits and a digit or letter")),
            Map.entry("FR", NumberScheme.of("9957", "FR", "[0-9A-Z]{2}[0-9]{9}", "2 digits or letters and 9 digits")),
            Map.entry("GB", NumberScheme.of("9932", "GB", "[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}",
                    "9 or 12 digits, or GD or HA and 3 digits")),
            Map.entry("GR", NumberScheme.of("9933", "EL", "[0-9]{9}", "9 digits")),
            Map.entry("HR", NumberScheme.of("9934", "HR", "[0-9]{11}", "11 digits")),
            Map.entry("HU", NumberScheme.of("9910", "HU", "[0-9]{8}", "8 digits")),
            Map.entry("IE", NumberScheme.of("9935", "IE", "[0-9][0-9A-Z+*][0-9]{5}[A-W][A-IW]?",
                    "7 or 8 characters, digits and letters as issued")),
            Map.entry("IT", NumberScheme.of("0211", "IT", "[0-9]{11}", "11 digits")),
            Map.entry("LT", NumberScheme.of("9937", "LT", "[0-9]{9}|[0-9]{12}", "9 or 12 digits")),
            Map.entry("LU", NumberScheme.of("9938", "LU", "[0-9]{8}", "8 digits")),
            Map.entry("LV", NumberScheme.of("9939", "LV", "[0-9]{11}", "11 digits")),
            Map.entry("MT", NumberScheme.of("9943", "MT", "[0-9]{8}", "8 digits")),
            Map.entry("NL", NumberScheme.of("9944", "NL", "[0-9]{9}B(?!00)[0-9]{2}", "9 digits, B and 2 digits (not 00)")
                    .padded(DUTCH_SHORT_FORM).checked(CheckDigits::dutch)),
            Map.entry("PL", NumberScheme.of("9945", "PL", "[0-9]{10}", "10 digits")),
            Map.entry("PT", NumberScheme.of("9946", "PT", "[0-9]{9}", "9 digits")),
            Map.entry("RO", NumberScheme.of("9947", "RO", "[1-9][0-9]{1,9}", "2 to 10 digits")),
            Map.entry("SI", NumberScheme.of("9949", "SI", "[0-9]{8}", "8 digits")),
            Map.entry("SK", NumberScheme.of("9950", "SK", "[0-9]{10}", "10 digits")));

    private static final Map<String, NumberScheme> REGISTRATION = Map.ofEntries(
            Map.entry("BE", BELGIAN_ENTERPRISE),
            Map.entry("CH", NumberScheme.of("0183", "CHE", "[0-9]{9}", "CHE and 9 digits")),
            Map.entry("EE", NumberScheme.of("0191", "", "[0-9]{8}", "8 digits")),
            Map.entry("FR", NumberScheme.of("0002", "", "[0-9]{9}", "9 digits (SIREN)")),
            Map.entry("IS", NumberScheme.of("0196", "", "[0-9]{10}", "10 digits")),
            Map.entry("IT", NumberScheme.of("0210", "", "[0-9]{11}|[0-9A-Z]{16}",
                    "11 digits, or 16 digits and letters (codice fiscale)")),
            Map.entry("LT", NumberScheme.of("0200", "", "[0-9]{9}", "9 digits")),
            Map.entry("LU", NumberScheme.of("0240", "", "[0-9]{11}", "11 digits")),
            Map.entry("LV", NumberScheme.of("0218", "", "[0-9]{11}", "11 digits")),
            Map.entry("NL", NumberScheme.of("0106", "", "[0-9]{8}", "8 digits (KvK number)")),
            Map.entry("NO", NumberScheme.of("0192", "", "[0-9]{9}", "9 digits")),
            Map.entry("SE", NumberScheme.of("0007", "", "[0-9]{10}", "10 digits")));

    private IdentifierSchemes() {
    }

    /**
     * @param identifier a contact's number; never null
     * @return the scheme for that kind of number in that country; empty when PEPPOL has none in this table
     */
    static Optional<NumberScheme> of(BusinessIdentifier identifier) {
        Map<String, NumberScheme> table =
                identifier.kind() == BusinessIdentifier.Kind.VAT_NUMBER ? VAT : REGISTRATION;
        return Optional.ofNullable(table.get(identifier.country()));
    }
}
