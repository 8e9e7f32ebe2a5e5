package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Normalises an organisation's name for comparison: folded by {@link Texts#fold}, then stripped of its legal form at
 * either end, so that {@code "Acme N.V."}, {@code "ACME nv"} and {@code "NV Acme"} all become {@code acme}. A name
 * that is nothing but a legal form keeps it.
 */
public final class CompanyNames {

    /**
     * Legal forms, as they read once folded: {@code GmbH & Co. KG} folds to {@code gmbh co kg}, each word of which is
     * stripped in turn, and {@code S.à r.l.} to {@code sa rl}.
     */
    static final Set<String> LEGAL_FORMS = Set.of(
            // Belgium, the Netherlands, Luxembourg
            "nv", "bv", "bvba", "cvba", "vof", "commv", "cv", "vzw", "asbl", "sprl", "scrl", "srl", "sa", "sc",
            // France, Switzerland, Southern Europe
            "sas", "sasu", "sarl", "rl", "eurl", "sca", "sci", "snc", "spa", "sapa", "sl", "slu", "scs", "lda",
            // Germany, Austria
            "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "eg", "mbh",
            // English-speaking countries
            "ltd", "limited", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "co", "company",
            "plc", "pty", "pte", "pvt",
            // Nordic and Central European countries
            "oy", "oyj", "ab", "as", "asa", "aps", "sro", "kft", "zrt", "doo");

    private CompanyNames() {
    }

    /**
     * @param name an organisation's name as given; may be null
     * @return the folded name without a leading or trailing legal form, or null when nothing is left of it
     */
    public static String normalise(String name) {
        List<String> words = new ArrayList<>(Texts.words(name));
        while (words.size() > 1 && isLegalForm(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && isLegalForm(words.get(0))) {
            words.remove(0);
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(word);
    }
}
