package org.embedcrm.core.merge.internal;

import org.apache.commons.codec.language.DoubleMetaphone;

/** Phonetic codes of names, so that {@code Maxwell} and {@code Mxwell} or {@code Smith} and {@code Smyth} meet. */
final class Phonetics {

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    private Phonetics() {
    }

    /**
     * @param folded a folded name; may be null
     * @return its primary Double Metaphone code, or null when it has none
     */
    static String code(String folded) {
        if (folded == null) {
            return null;
        }
        String code = DOUBLE_METAPHONE.doubleMetaphone(folded.replace(" ", ""));
        return code == null || code.isEmpty() ? null : code;
    }
}
