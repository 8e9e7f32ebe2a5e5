package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.FieldMatch;
import org.embedcrm.core.merge.FieldWeight;
import org.embedcrm.core.merge.MatchEvidence;
import org.embedcrm.core.merge.MatchField;

/**
 * Scores a pair of normalised records on the fields the criteria weigh, and says why. First and last names are
 * compared both straight and crosswise, and the alignment that scores better counts, so that a record with its names
 * swapped still matches; crosswise comparisons weigh the mean of the two names' weights, which keeps the score the
 * same whichever record comes first, and are taken only when they compare as many names, so that a swap never hides a
 * disagreement. A name only one record has is compared with the other record's e-mail addresses: one that starts or
 * ends with it nearly agrees. An exact agreement on the first or last name (names not swapped), the date of birth or
 * the city is adjusted by how common that value is among the records searched ({@link ValueFrequencies}).
 */
public final class PairScorer {

    private final DuplicateCriteria criteria;

    /** @param criteria what to compare and how much it weighs; never null */
    public PairScorer(DuplicateCriteria criteria) {
        this.criteria = criteria;
    }

    /**
     * @param a           one record; never null
     * @param b           the other record; never null
     * @param frequencies how common values are among the records searched; never null
     * @return every comparison, the score and the strong keys shared
     */
    public MatchEvidence score(NormalisedRecord a, NormalisedRecord b, ValueFrequencies frequencies) {
        List<FieldMatch> matches = new ArrayList<>();
        boolean swapped = compareNames(a, b, matches);
        for (Map.Entry<MatchField, FieldWeight> field : criteria.weights().entrySet()) {
            FieldMatch match = compare(field.getKey(), field.getValue(), a, b);
            if (match != null) {
                matches.add(match);
            }
        }
        matches.replaceAll(match -> adjusted(match, swapped, a, frequencies));
        matches.sort(Comparator.comparing(FieldMatch::field));
        Set<MatchField> strongKeys = EnumSet.noneOf(MatchField.class);
        double score = 0;
        for (FieldMatch match : matches) {
            score += match.points();
            if (match.exact() && criteria.strongKeys().contains(match.field())) {
                strongKeys.add(match.field());
            }
        }
        return new MatchEvidence(score, criteria.threshold(), matches, strongKeys, swapped);
    }

    /** @return the match with its points adjusted by how common the agreed value is, when that is known */
    private static FieldMatch adjusted(FieldMatch match, boolean swapped, NormalisedRecord a,
                                       ValueFrequencies frequencies) {
        if (!match.exact()) {
            return match;
        }
        String key = switch (match.field()) {
            case LAST_NAME -> swapped || a.lastCode() == null ? null : ValueFrequencies.LAST_NAME + a.lastCode();
            case FIRST_NAME -> swapped || a.firstCode() == null ? null : ValueFrequencies.FIRST_NAME + a.firstCode();
            case CITY -> ValueFrequencies.CITY + a.city();
            case DATE_OF_BIRTH -> ValueFrequencies.DATE_OF_BIRTH + a.dateOfBirth();
            default -> null;
        };
        return key == null ? match : new FieldMatch(match.field(), match.left(), match.right(), match.similarity(),
                match.points() + frequencies.adjustment(key));
    }

    /** @return true when the crosswise alignment of first and last names was taken */
    private boolean compareNames(NormalisedRecord a, NormalisedRecord b, List<FieldMatch> matches) {
        FieldWeight first = criteria.weights().get(MatchField.FIRST_NAME);
        FieldWeight last = criteria.weights().get(MatchField.LAST_NAME);
        List<FieldMatch> straight = new ArrayList<>(2);
        addName(straight, MatchField.FIRST_NAME, first, a.first(), a.firstCode(), b.first(), b.firstCode());
        addName(straight, MatchField.LAST_NAME, last, a.last(), a.lastCode(), b.last(), b.lastCode());
        if (first == null || last == null) {
            matches.addAll(straight);
            return false;
        }
        FieldWeight mean = FieldWeight.of((first.agreement() + last.agreement()) / 2,
                (first.disagreement() + last.disagreement()) / 2);
        List<FieldMatch> crosswise = new ArrayList<>(2);
        addName(crosswise, MatchField.FIRST_NAME, mean, a.first(), a.firstCode(), b.last(), b.lastCode());
        addName(crosswise, MatchField.LAST_NAME, mean, a.last(), a.lastCode(), b.first(), b.firstCode());
        boolean swapped = crosswise.size() >= straight.size() && points(crosswise) > points(straight);
        matches.addAll(swapped ? crosswise : straight);
        if (!swapped) {
            addNameInEmail(matches, MatchField.FIRST_NAME, first, a.first(), a, b.first(), b);
            addNameInEmail(matches, MatchField.LAST_NAME, last, a.last(), a, b.last(), b);
        }
        return swapped;
    }

    /** Compares a name one record lacks with the other record's name spelled out in the first one's e-mail. */
    private static void addNameInEmail(List<FieldMatch> matches, MatchField field, FieldWeight weight, String aName,
                                       NormalisedRecord a, String bName, NormalisedRecord b) {
        if ((aName == null) == (bName == null)) {
            return;
        }
        String name = aName == null ? bName : aName;
        NormalisedRecord holder = aName == null ? a : b;
        holder.emails().stream().filter(email -> EmailAddresses.spellsOut(email, name)).findFirst()
                .ifPresent(email -> matches.add(new FieldMatch(field, aName == null ? email : name,
                        aName == null ? name : email, Similarities.NAME_IN_EMAIL,
                        weight.points(Similarities.NAME_IN_EMAIL))));
    }

    private static void addName(List<FieldMatch> matches, MatchField field, FieldWeight weight, String a, String aCode,
                                String b, String bCode) {
        if (weight != null && a != null && b != null) {
            double similarity = Similarities.personName(a, aCode, b, bCode);
            matches.add(new FieldMatch(field, a, b, similarity, weight.points(similarity)));
        }
    }

    private static double points(List<FieldMatch> matches) {
        return matches.stream().mapToDouble(FieldMatch::points).sum();
    }

    private static FieldMatch compare(MatchField field, FieldWeight weight, NormalisedRecord a, NormalisedRecord b) {
        return switch (field) {
            case FIRST_NAME, LAST_NAME -> null;
            case NAME -> single(field, weight, a.name(), b.name(), Similarities::words);
            case COMPANY_NAME -> single(field, weight, a.company(), b.company(), Similarities::words);
            case EMAIL -> best(field, weight, a.emails(), b.emails(), Similarities::email);
            case EMAIL_DOMAIN -> best(field, weight, a.companyDomains(), b.companyDomains(), Similarities::exact);
            case PHONE -> best(field, weight, a.phones(), b.phones(), Similarities::phone);
            case VAT_NUMBER -> single(field, weight, a.vat(), b.vat(), Similarities::exact);
            case STREET -> single(field, weight, a.street(), b.street(), Similarities::street);
            case POSTCODE -> single(field, weight, a.postcode(), b.postcode(), Similarities::postcode);
            case CITY -> single(field, weight, a.city(), b.city(), Similarities::text);
            case DATE_OF_BIRTH -> a.dateOfBirth() == null || b.dateOfBirth() == null ? null
                    : match(field, weight, a.dateOfBirth().toString(), b.dateOfBirth().toString(),
                            Similarities.date(a.dateOfBirth(), b.dateOfBirth()));
        };
    }

    private static FieldMatch single(MatchField field, FieldWeight weight, String a, String b,
                                     ToDoubleBiFunction<String, String> similarity) {
        return a == null || b == null ? null : match(field, weight, a, b, similarity.applyAsDouble(a, b));
    }

    /** @return the comparison of the most similar values of two lists, or null when either is empty */
    private static FieldMatch best(MatchField field, FieldWeight weight, List<String> a, List<String> b,
                                   ToDoubleBiFunction<String, String> similarity) {
        FieldMatch best = null;
        for (String left : a) {
            for (String right : b) {
                double value = similarity.applyAsDouble(left, right);
                if (best == null || value > best.similarity()) {
                    best = match(field, weight, left, right, value);
                }
            }
        }
        return best;
    }

    private static FieldMatch match(MatchField field, FieldWeight weight, String a, String b, double similarity) {
        return new FieldMatch(field, a, b, similarity, weight.points(similarity));
    }
}
