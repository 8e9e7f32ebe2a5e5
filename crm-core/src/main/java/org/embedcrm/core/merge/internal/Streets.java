package org.embedcrm.core.merge.internal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Normalises street addresses for comparison: folded by {@link Texts#fold}, with the usual words and abbreviations
 * of street types and directions unified ({@code Avenue} and {@code Ave.} become {@code ave}, {@code North} becomes
 * {@code n}) and ordinal suffixes dropped ({@code 85th} becomes {@code 85}).
 */
public final class Streets {

    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("strasse", "st"),
            Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("avenida", "ave"),
            Map.entry("road", "rd"), Map.entry("boulevard", "blvd"), Map.entry("drive", "dr"),
            Map.entry("place", "pl"), Map.entry("lane", "ln"), Map.entry("court", "ct"),
            Map.entry("crescent", "cres"), Map.entry("terrace", "tce"), Map.entry("highway", "hwy"),
            Map.entry("parkway", "pkwy"), Map.entry("square", "sq"), Map.entry("circuit", "cct"),
            Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"));

    /** What is left of a street once normalised that names no street: directions and street types. */
    private static final Set<String> NO_NAME = Set.copyOf(ABBREVIATIONS.values());

    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+[a-z]?");

    private Streets() {
    }

    /**
     * @param street a street and house number as given; may be null
     * @return the normalised street, or null when nothing is left of it
     */
    public static String normalise(String street) {
        String folded = Texts.fold(street);
        if (folded == null) {
            return null;
        }
        return Stream.of(folded.split(" "))
                .map(word -> ORDINAL.matcher(word).replaceFirst("$1"))
                .map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    /**
     * @param normalised a street as {@link #normalise} returns it; never null
     * @return its house number, the first word made of digits (with at most one letter after them), or null
     */
    public static String houseNumber(String normalised) {
        for (String word : normalised.split(" ")) {
            if (NUMBER.matcher(word).matches()) {
                return word;
            }
        }
        return null;
    }

    /**
     * The street's own name, as it stands on the sign: without house number, direction and street type, so that
     * {@code 10810 S. Ave. H} and {@code 10810 Ave H} are both {@code h}, and {@code 6401 S Pulaski Rd} and
     * {@code 6401 S. Pulaski} both {@code pulaski}.
     *
     * @param normalised a street as {@link #normalise} returns it; never null
     * @return the words that name the street, in their order; empty when there are none
     */
    public static String name(String normalised) {
        String number = houseNumber(normalised);
        return Stream.of(normalised.split(" "))
                .filter(word -> !word.equals(number) && !NO_NAME.contains(word))
                .collect(Collectors.joining(" "));
    }

    /**
     * @param normalised a street as {@link #normalise} returns it; never null
     * @return the street without its house number, or the whole street when it has none
     */
    public static String withoutHouseNumber(String normalised) {
        String number = houseNumber(normalised);
        if (number == null) {
            return normalised;
        }
        String rest = (" " + normalised + " ").replaceFirst(" " + number + " ", " ").strip();
        return rest.isEmpty() ? normalised : rest;
    }
}
