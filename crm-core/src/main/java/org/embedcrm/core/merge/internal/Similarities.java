package org.embedcrm.core.merge.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two normalised values are, from 0 (clearly different) to 1 (equal). Raw string similarities are rescaled
 * so that 0 stands for the similarity unrelated values commonly reach, not for no similarity at all.
 */
final class Similarities {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final double NAME_FLOOR = 0.75;
    private static final double STREET_FLOOR = 0.75;
    private static final double EMAIL_FLOOR = 0.6;
    private static final double SAME_SOUND = 0.7;
    /** A name one record lacks, spelled out at the start or end of the other record's e-mail address. */
    static final double NAME_IN_EMAIL = 0.8;
    private static final double SAME_INITIAL = 0.5;
    private static final double ALL_WORDS_CONTAINED = 0.9;
    private static final double SAME_LOCAL_DIGITS = 0.9;
    private static final double SAME_STREET_NAME = 0.9;
    private static final double ONE_DIGIT_OFF = 0.5;
    private static final double DAY_MONTH_SWAPPED = 0.8;
    private static final double[] BY_WRONG_DATE_DIGITS = {1, 0.6, 0.3};
    private static final int NEAR_DAYS = 31;
    private static final int DECADE = 10;
    private static final double NEAR_DATE = 0.5;
    private static final double NEAR_YEARS = 10;
    private static final double YEARS_APART = 0.4;
    private static final double DAYS_PER_YEAR = 365.25;

    private Similarities() {
    }

    /**
     * A person's first or last name: the square root of Jaro-Winkler rescaled from {@value #NAME_FLOOR}, at least
     * {@value #SAME_SOUND} when they sound alike. The square root keeps a typo or two close to agreement, as copies of
     * one name measured against unrelated names show, while unrelated names stay at 0.
     */
    static double personName(String a, String aCode, String b, String bCode) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? SAME_INITIAL : 0;
        }
        double similarity = Math.sqrt(rescale(JARO_WINKLER.apply(a, b), NAME_FLOOR));
        return aCode != null && aCode.equals(bCode) ? Math.max(similarity, SAME_SOUND) : similarity;
    }

    /**
     * An organisation's name: the better of Jaro-Winkler on the words sorted, and the share of words in common
     * ({@value #ALL_WORDS_CONTAINED} when every word of the shorter name is in the longer one).
     */
    static double words(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        double jaroWinkler = rescale(JARO_WINKLER.apply(Texts.sortedWords(a), Texts.sortedWords(b)), NAME_FLOOR);
        Set<String> left = new HashSet<>(List.of(a.split(" ")));
        Set<String> right = new HashSet<>(List.of(b.split(" ")));
        int common = (int) left.stream().filter(right::contains).count();
        double overlap = common == Math.min(left.size(), right.size()) ? ALL_WORDS_CONTAINED
                : (double) common / (left.size() + right.size() - common);
        return Math.max(jaroWinkler, overlap);
    }

    /** E-mail addresses: 1 when equal, else by edit distance, for typed or garbled copies of one address. */
    static double email(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int length = Math.max(a.length(), b.length());
        int distance = new LevenshteinDistance((int) (length * (1 - EMAIL_FLOOR))).apply(a, b);
        return distance < 0 ? 0 : rescale(1 - (double) distance / length, EMAIL_FLOOR);
    }

    /** Phone numbers: 1 when equal, {@value #SAME_LOCAL_DIGITS} for the same last seven digits, less for a typo. */
    static double phone(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String left = PhoneNumbers.localDigits(a);
        String right = PhoneNumbers.localDigits(b);
        if (left.length() == PhoneNumbers.LOCAL_DIGITS && left.equals(right)) {
            return SAME_LOCAL_DIGITS;
        }
        return LEVENSHTEIN.apply(left, right) <= 1 && left.length() == right.length() ? ONE_DIGIT_OFF : 0;
    }

    /** Exact values only, such as VAT numbers: 1 when equal, else 0. */
    static double exact(String a, String b) {
        return a.equals(b) ? 1 : 0;
    }

    /** Postcodes: 1 when equal, {@value #ONE_DIGIT_OFF} for one typo, else 0. */
    static double postcode(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        return a.length() == b.length() && LEVENSHTEIN.apply(a, b) == 1 ? ONE_DIGIT_OFF : 0;
    }

    /** Free text such as a city: as {@link #personName}, without sounds. */
    static double text(String a, String b) {
        return a.equals(b) ? 1 : Math.sqrt(rescale(JARO_WINKLER.apply(a, b), NAME_FLOOR));
    }

    /**
     * Streets: 0 when both have house numbers and they differ, {@value #SAME_STREET_NAME} when their names are equal
     * but a direction or street type is missing or differs, else Jaro-Winkler of the rest.
     */
    static double street(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String leftNumber = Streets.houseNumber(a);
        String rightNumber = Streets.houseNumber(b);
        if (leftNumber != null && rightNumber != null && !leftNumber.equals(rightNumber)) {
            return 0;
        }
        String leftName = Streets.name(a);
        if (!leftName.isEmpty() && leftName.equals(Streets.name(b))) {
            return SAME_STREET_NAME;
        }
        return rescale(JARO_WINKLER.apply(Streets.withoutHouseNumber(a), Streets.withoutHouseNumber(b)),
                STREET_FLOOR);
    }

    /**
     * Dates of birth: 1 when equal, {@value #DAY_MONTH_SWAPPED} for a transposed day and month, less per wrong digit
     * of {@code yyyyMMdd}, at least {@value #NEAR_DATE} within {@value #NEAR_DAYS} days, or within as many days of the
     * same day {@value #DECADE} years earlier or later (the decade mistyped), and otherwise up to
     * {@value #YEARS_APART} for dates less than {@value #NEAR_YEARS} years apart, falling linearly with the years
     * between them: an age guessed or a year mistyped is no proof of two people, dates decades apart are.
     */
    static double date(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue()) {
            return DAY_MONTH_SWAPPED;
        }
        int distance = wrongDigits(a.getYear() * 10_000 + a.getMonthValue() * 100 + a.getDayOfMonth(),
                b.getYear() * 10_000 + b.getMonthValue() * 100 + b.getDayOfMonth());
        double byDigits = distance < BY_WRONG_DATE_DIGITS.length ? BY_WRONG_DATE_DIGITS[distance] : 0;
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        if (days <= NEAR_DAYS || Math.abs(a.getYear() - b.getYear()) == DECADE
                && Math.abs(ChronoUnit.DAYS.between(a, b.withYear(a.getYear()))) <= NEAR_DAYS) {
            return Math.max(byDigits, NEAR_DATE);
        }
        double years = days / DAYS_PER_YEAR;
        return Math.max(byDigits, years < NEAR_YEARS ? YEARS_APART * (1 - years / NEAR_YEARS) : 0);
    }

    /** @return the number of decimal positions in which two numbers differ */
    private static int wrongDigits(int a, int b) {
        int wrong = 0;
        for (int left = a, right = b; left > 0 || right > 0; left /= 10, right /= 10) {
            if (left % 10 != right % 10) {
                wrong++;
            }
        }
        return wrong;
    }

    private static double rescale(double similarity, double floor) {
        return Math.max(0, Math.min(1, (similarity - floor) / (1 - floor)));
    }
}
