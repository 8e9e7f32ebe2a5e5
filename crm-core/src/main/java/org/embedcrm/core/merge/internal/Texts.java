package org.embedcrm.core.merge.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison: lower case, accents and other diacritics removed, dotted acronyms joined
 * ({@code N.V.} becomes {@code nv}), apostrophes dropped ({@code O'Brien} becomes {@code obrien}), every other
 * punctuation mark a space, and runs of spaces one space.
 */
public final class Texts {

    private static final Pattern ACRONYM_DOT = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");

    private Texts() {
    }

    /**
     * @param text any text; may be null
     * @return the folded text, containing only lower-case letters, digits and single spaces, or null when nothing is
     *     left of it
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(ACRONYM_DOT.matcher(text).replaceAll(""), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            String letters = letters(c);
            if (letters == null) {
                space |= !isJoiner(c);
            } else if (!letters.isEmpty()) {
                if (space && folded.length() > 0) {
                    folded.append(' ');
                }
                space = false;
                folded.append(letters);
            }
        }
        return folded.length() == 0 ? null : folded.toString();
    }

    /**
     * @param text any text; may be null
     * @return the folded words in their order; empty when there are none
     */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded == null ? List.of() : List.of(folded.split(" "));
    }

    /**
     * @param folded folded text; may be null
     * @return its words sorted alphabetically and joined by single spaces, or null for null
     */
    public static String sortedWords(String folded) {
        if (folded == null) {
            return null;
        }
        String[] words = folded.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** @return the code point's folded letters, "" for a diacritic to drop, or null for a separator */
    private static String letters(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return "";
        }
        String special = special(c);
        if (special != null) {
            return special;
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(lower, Normalizer.Form.NFKD) ? lower : fold(lower);
    }

    /** Letters that have no decomposition into a base letter and a diacritic. */
    private static String special(int c) {
        return switch (c) {
            case 'ß', 'ẞ' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            default -> null;
        };
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '`' || c == '\u00B4';
    }
}
