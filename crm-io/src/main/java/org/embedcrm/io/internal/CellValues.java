package org.embedcrm.io.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.shared.Money;

/**
 * How cells write the values that are not plain text: lists separated by {@code ;} (a {@code ;} or {@code \} inside a
 * value escaped with {@code \}), yes/no flags, dates, amounts with their currency, payment terms, contact types.
 * Parsers throw {@link ValidationException} naming the rule broken.
 */
public final class CellValues {

    private static final Pattern NET_DAYS = Pattern.compile("(?i)(?:net\\s*)?(\\d{1,9})");
    private static final Pattern AMOUNT_CURRENCY = Pattern.compile("(\\S+)\\s+([A-Za-z]{3})|([A-Za-z]{3})\\s+(\\S+)");

    private CellValues() {
    }

    /**
     * @param values the values of a list; never null
     * @return them in one cell: escaped and joined with {@code "; "}
     */
    public static String list(List<String> values) {
        List<String> escaped = new ArrayList<>();
        for (String value : values) {
            escaped.add(value.replace("\\", "\\\\").replace(";", "\\;"));
        }
        return String.join("; ", escaped);
    }

    /**
     * @param cell a cell holding a list; never null
     * @return its values, stripped, blank ones dropped
     */
    public static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                current.append(cell.charAt(++i));
            } else if (c == ';') {
                values.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        values.add(current.toString());
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * @param cell {@code true}/{@code false}, {@code yes}/{@code no}, {@code y}/{@code n}, {@code 1}/{@code 0}, in any
     *             case, or blank for no; never null
     * @return the flag
     */
    public static boolean flag(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "", "false", "no", "n", "0" -> false;
            case "true", "yes", "y", "1" -> true;
            default -> throw ValidationException.of("flag", "import.flag.format", "not yes or no: " + cell);
        };
    }

    /**
     * @param cell {@code yyyy-mm-dd}; never null
     * @return the date
     */
    public static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("date", "import.date.format", "not a date written yyyy-mm-dd: " + cell);
        }
    }

    /**
     * @param cell a whole number; never null
     * @return the number
     */
    public static int number(String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("number", "import.number.format", "not a whole number: " + cell);
        }
    }

    /**
     * @param money an amount; never null
     * @return it written as {@code 5000.00 EUR}
     */
    public static String money(Money money) {
        return money.toString();
    }

    /**
     * @param cell {@code 5000.00 EUR} or {@code EUR 5000.00}, with a decimal point; never null
     * @return the amount
     */
    public static Money money(String cell) {
        Matcher m = AMOUNT_CURRENCY.matcher(cell.strip());
        if (!m.matches()) {
            throw ValidationException.of("money", "import.money.format",
                    "not an amount with its currency, such as 5000.00 EUR: " + cell);
        }
        return m.group(1) != null ? Money.of(m.group(1), m.group(2)) : Money.of(m.group(4), m.group(3));
    }

    /**
     * @param terms payment terms; never null
     * @return {@code net 30} for net days, else the name
     */
    public static String terms(PaymentTerms terms) {
        return terms.netDays() != null ? "net " + terms.netDays() : terms.name();
    }

    /**
     * @param cell {@code net 30} or {@code 30} for net days, any other text for named terms; never null
     * @return the terms
     */
    public static PaymentTerms terms(String cell) {
        Matcher m = NET_DAYS.matcher(cell.strip());
        return m.matches() ? PaymentTerms.net(number(m.group(1))) : PaymentTerms.named(cell);
    }

    /**
     * @param cell {@code person} or {@code company}, in any case; never null
     * @return the type
     */
    public static ContactType type(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "person" -> ContactType.PERSON;
            case "company" -> ContactType.COMPANY;
            default -> throw ValidationException.of("type", "import.type.unknown",
                    "a contact is a person or a company: " + cell);
        };
    }
}
