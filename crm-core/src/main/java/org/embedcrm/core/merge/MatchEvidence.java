package org.embedcrm.core.merge;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why two records are, or are not, taken for duplicates: every field compared with its points, the strong keys they
 * share, the total score and the threshold it was held against.
 *
 * @param score        the sum of the fields' points
 * @param threshold    the score from which a pair counts as duplicates
 * @param fields       each field present on both records, in {@link MatchField} order; never null
 * @param strongKeys   the strong-key fields whose normalised values are equal; never null
 * @param namesSwapped true when one record's first name matched the other's last name and the other way round
 */
public record MatchEvidence(double score, double threshold, List<FieldMatch> fields, Set<MatchField> strongKeys,
                            boolean namesSwapped) {

    /** Copies the lists and rejects nulls. */
    public MatchEvidence {
        fields = List.copyOf(fields);
        strongKeys = strongKeys.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(strongKeys));
    }

    /** @return true when the records share a strong key or their score reaches the threshold */
    public boolean isDuplicate() {
        return !strongKeys.isEmpty() || score >= threshold;
    }

    /**
     * @param field the field asked about; never null
     * @return how that field compared, or empty when either record lacks it or the criteria do not weigh it
     */
    public Optional<FieldMatch> field(MatchField field) {
        Objects.requireNonNull(field, "field");
        return fields.stream().filter(match -> match.field() == field).findFirst();
    }

    /**
     * @return one line for a person to read, such as
     *     {@code duplicate: score 11.2 >= 6.0; strong key EMAIL; EMAIL 1.00 (+8.0), LAST_NAME 0.85 (+2.9)}
     */
    public String explain() {
        StringBuilder text = new StringBuilder(isDuplicate() ? "duplicate: " : "distinct: ")
                .append(String.format(Locale.ROOT, "score %.1f %s %.1f", score, score >= threshold ? ">=" : "<",
                        threshold));
        if (!strongKeys.isEmpty()) {
            text.append("; strong key ").append(strongKeys.stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        if (namesSwapped) {
            text.append("; first and last names swapped");
        }
        if (!fields.isEmpty()) {
            text.append("; ").append(fields.stream()
                    .map(f -> String.format(Locale.ROOT, "%s %.2f (%+.1f)", f.field(), f.similarity(), f.points()))
                    .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
