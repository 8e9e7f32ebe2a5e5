package org.embedcrm.core.merge;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a store's text search is asked for to find the records that may duplicate one record, without reading them
 * all: the local part of each e-mail address (before any {@code +} and the {@code @}, so that a typo in the domain
 * still meets), the last eight digits of each phone number (so that a missing country code still meets), and the
 * person's last name (else first name) or the organisation's longest word. Terms shorter than three characters are
 * left out.
 */
final class SearchTerms {

    private static final int MIN_LENGTH = 3;
    private static final int PHONE_TAIL = 8;

    private SearchTerms() {
    }

    /** @return the e-mail and name terms, lower case, in that order */
    static Set<String> texts(MatchRecord record) {
        Set<String> terms = new LinkedHashSet<>();
        for (String email : record.emails()) {
            int at = email.indexOf('@');
            int end = at < 0 ? email.length() : at;
            int plus = email.indexOf('+');
            add(terms, email.substring(0, plus >= 0 && plus < end ? plus : end));
        }
        add(terms, nameTerm(record));
        return terms;
    }

    /** @return the last eight digits of each phone number that has that many */
    static Set<String> phoneTails(MatchRecord record) {
        Set<String> tails = new LinkedHashSet<>();
        for (String phone : record.phones()) {
            String digits = phone.replaceAll("\\D", "");
            if (digits.length() >= PHONE_TAIL) {
                tails.add(digits.substring(digits.length() - PHONE_TAIL));
            }
        }
        return tails;
    }

    private static String nameTerm(MatchRecord record) {
        if (record.lastName() != null || record.firstName() != null) {
            return record.lastName() != null ? record.lastName() : record.firstName();
        }
        return record.name() == null ? null : Stream.of(record.name().split("[\\s\\p{Punct}]+"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    private static void add(Set<String> terms, String term) {
        if (term != null && term.strip().length() >= MIN_LENGTH) {
            terms.add(term.strip().toLowerCase(Locale.ROOT));
        }
    }
}
