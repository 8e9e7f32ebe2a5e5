package org.embedcrm.plugin.peppol.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One DNS NAPTR record, as in {@code 100 10 "U" "Meta:SMP" "!.*!https://smp.example.org/!" .}.
 *
 * @param order      which records to try first, lowest first
 * @param preference among records of the same order, lowest first
 * @param flags      e.g. {@code U} for a terminal URI record; never null
 * @param service    e.g. {@code Meta:SMP}; never null
 * @param regexp     the substitution {@code <delim>ERE<delim>replacement<delim>}, empty when unused; never null
 */
record NaptrRecord(int order, int preference, String flags, String service, String regexp) {

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\([0-9])");

    /**
     * @param text the record data as DNS tools print it: fields separated by spaces, character strings quoted when
     *             they hold spaces, quotes or backslashes; never null
     * @return the record
     * @throws IllegalArgumentException when the text is not a NAPTR record
     */
    static NaptrRecord parse(String text) {
        List<String> fields = fields(text);
        if (fields.size() != 6) {
            throw new IllegalArgumentException("a NAPTR record has 6 fields: " + text);
        }
        try {
            return new NaptrRecord(Integer.parseInt(fields.get(0)), Integer.parseInt(fields.get(1)), fields.get(2),
                    fields.get(3), fields.get(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NAPTR order and preference are numbers: " + text, e);
        }
    }

    /** @return whether this is a terminal record pointing to an SMP, i.e. flags {@code U} and service {@code Meta:SMP} */
    boolean pointsToSmp() {
        return flags.equalsIgnoreCase("U") && service.equalsIgnoreCase("Meta:SMP");
    }

    /**
     * @param hostname the name the record was found under, to which the regular expression applies; never null
     * @return the SMP URL the substitution produces; empty when the expression does not match
     * @throws IllegalArgumentException when the substitution cannot be read or gives no absolute http(s) URL
     */
    Optional<URI> smpUrl(String hostname) {
        if (regexp.length() < 3) {
            throw new IllegalArgumentException("NAPTR record without a regular expression: " + regexp);
        }
        String delimiter = regexp.substring(0, 1);
        String[] parts = regexp.substring(1).split(Pattern.quote(delimiter), -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a NAPTR regular expression reads !ERE!replacement!: " + regexp);
        }
        Matcher matcher;
        try {
            matcher = Pattern.compile(parts[0], parts[2].contains("i") ? Pattern.CASE_INSENSITIVE : 0).matcher(hostname);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("NAPTR regular expression cannot be read: " + regexp, e);
        }
        if (!matcher.find()) {
            return Optional.empty();
        }
        String url = BACK_REFERENCE.matcher(parts[1]).replaceAll(reference -> Matcher.quoteReplacement(
                String.valueOf(matcher.group(Integer.parseInt(reference.group(1))))));
        URI smp = URI.create(url);
        String scheme = String.valueOf(smp.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || smp.getHost() == null) {
            throw new IllegalArgumentException("NAPTR record gives no http(s) URL: " + url);
        }
        return Optional.of(smp);
    }

    private static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inField = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                field.append(text.charAt(++i));
                inField = true;
            } else if (c == '"') {
                quoted = !quoted;
                inField = true;
            } else if (c == ' ' && !quoted) {
                if (inField) {
                    fields.add(field.toString());
                    field.setLength(0);
                    inField = false;
                }
            } else {
                field.append(c);
                inField = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quotes in NAPTR record: " + text);
        }
        if (inField) {
            fields.add(field.toString());
        }
        return fields;
    }
}
