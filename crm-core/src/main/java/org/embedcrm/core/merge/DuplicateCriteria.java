package org.embedcrm.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/**
 * What makes two records duplicates: the fields compared and what each weighs, the strong keys, the score threshold,
 * and how blocking bounds the work. Start from {@link #persons()} or {@link #organisations()} and change what a data
 * set needs; every method returns a new criteria.
 *
 * <p>A pair's score is the sum, over the weighed fields present on both records, of
 * {@link FieldWeight#points(double)} for the values' similarity. A pair is a duplicate when its score reaches the
 * threshold, or when the records share the exact normalised value of a strong key. A duplicate pair joins its two
 * records' cluster when its score also reaches the threshold plus the cluster margin, or when they share a strong key:
 * a margin keeps a chain of weak pairs from joining different people into one cluster.
 *
 * @param weights       each field compared and its weight; never null nor empty
 * @param strongKeys    fields whose equal values alone make a duplicate, among {@link MatchField#EMAIL},
 *                      {@link MatchField#PHONE} and {@link MatchField#VAT_NUMBER}, each also weighed; never null
 * @param threshold     the score from which a pair is a duplicate; finite
 * @param defaultRegion ISO-3166 alpha-2 region of phone numbers typed without a country code when the record's address
 *                      names no country, such as {@code BE}; null to compare such numbers by their digits only
 * @param maxBlockSize  the largest block whose records are all compared pairwise; at least 2. A larger block (a key
 *                      too common to discriminate) compares each record only with its {@code window} next neighbours
 *                      in order of date of birth, then name, so one common key never makes the work quadratic
 * @param window        how many neighbours each record of an oversized block is compared with; at least 1
 * @param clusterMargin how far above the threshold a pair without a strong key must score to join its records'
 *                      cluster; finite, at least 0, which lets every duplicate pair join
 */
public record DuplicateCriteria(Map<MatchField, FieldWeight> weights, Set<MatchField> strongKeys, double threshold,
                                String defaultRegion, int maxBlockSize, int window, double clusterMargin) {

    private static final Set<MatchField> STRONG_KEY_FIELDS =
            EnumSet.of(MatchField.EMAIL, MatchField.PHONE, MatchField.VAT_NUMBER);

    /** Copies the maps, upper-cases the region and rejects every invalid part at once. */
    public DuplicateCriteria {
        List<Violation> violations = new ArrayList<>();
        if (weights == null || weights.isEmpty() || weights.containsValue(null)) {
            violations.add(new Violation("weights", "match.criteria.weights", "at least one field is weighed"));
            weights = Map.of();
        }
        weights = Collections.unmodifiableMap(weights.isEmpty() ? new EnumMap<>(MatchField.class)
                : new EnumMap<>(weights));
        strongKeys = strongKeys == null || strongKeys.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(strongKeys));
        if (!STRONG_KEY_FIELDS.containsAll(strongKeys) || !weights.keySet().containsAll(strongKeys)) {
            violations.add(new Violation("strongKeys", "match.criteria.strong-keys",
                    "strong keys are weighed fields among " + STRONG_KEY_FIELDS + ": " + strongKeys));
        }
        if (!Double.isFinite(threshold)) {
            violations.add(new Violation("threshold", "match.criteria.threshold", "the threshold is a finite number"));
        }
        defaultRegion = defaultRegion == null ? null : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (defaultRegion != null && !defaultRegion.matches("[A-Z]{2}")) {
            violations.add(new Violation("defaultRegion", "match.criteria.region",
                    "the default region is an ISO-3166 alpha-2 code: " + defaultRegion));
        }
        if (maxBlockSize < 2 || window < 1) {
            violations.add(new Violation("maxBlockSize", "match.criteria.blocks",
                    "blocks hold at least 2 records and windows at least 1: " + maxBlockSize + ", " + window));
        }
        if (!(clusterMargin >= 0 && Double.isFinite(clusterMargin))) {
            violations.add(new Violation("clusterMargin", "match.criteria.cluster-margin",
                    "the cluster margin is a finite number of points, at least 0: " + clusterMargin));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * @param evidence how a duplicate pair compared under these criteria; never null
     * @return whether the pair joins its records' cluster: it shares a strong key, or its score reaches the threshold
     *         plus the cluster margin
     */
    public boolean joinsCluster(MatchEvidence evidence) {
        return evidence.isDuplicate()
                && (!evidence.strongKeys().isEmpty() || evidence.score() >= threshold + clusterMargin);
    }

    /**
     * @param margin how far above the threshold a pair without a strong key must score to join its records' cluster;
     *               finite, at least 0
     * @return these criteria with that cluster margin
     */
    public DuplicateCriteria withClusterMargin(double margin) {
        return new DuplicateCriteria(weights, strongKeys, threshold, defaultRegion, maxBlockSize, window, margin);
    }

    /**
     * Criteria for people (contacts that are persons, leads). Defaults, as agreement / disagreement points:
     *
     * <table>
     *   <caption>Default weights for persons</caption>
     *   <tr><th>field</th><th>weight</th></tr>
     *   <tr><td>first name</td><td>+3 / -2</td></tr>
     *   <tr><td>last name</td><td>+4 / -3</td></tr>
     *   <tr><td>e-mail (strong key)</td><td>+8 / -1</td></tr>
     *   <tr><td>phone (strong key)</td><td>+6 / -1</td></tr>
     *   <tr><td>VAT number (strong key)</td><td>+8 / -2</td></tr>
     *   <tr><td>date of birth</td><td>+5 / -4</td></tr>
     *   <tr><td>company name</td><td>+1 / -0.5</td></tr>
     *   <tr><td>street</td><td>+2 / -1</td></tr>
     *   <tr><td>postcode</td><td>+1.5 / -1</td></tr>
     *   <tr><td>city</td><td>+1 / -0.5</td></tr>
     * </table>
     *
     * <p>Threshold 6: a matching name needs one more agreeing field, such as the date of birth or the street. No
     * default phone region; blocks of up to 100 records are compared pairwise, larger ones in windows of 20.
     *
     * @return the default criteria for persons
     */
    public static DuplicateCriteria persons() {
        Map<MatchField, FieldWeight> weights = new EnumMap<>(MatchField.class);
        weights.put(MatchField.FIRST_NAME, FieldWeight.of(3, -2));
        weights.put(MatchField.LAST_NAME, FieldWeight.of(4, -3));
        weights.put(MatchField.EMAIL, FieldWeight.of(8, -1));
        weights.put(MatchField.PHONE, FieldWeight.of(6, -1));
        weights.put(MatchField.VAT_NUMBER, FieldWeight.of(8, -2));
        weights.put(MatchField.DATE_OF_BIRTH, FieldWeight.of(5, -4));
        weights.put(MatchField.COMPANY_NAME, FieldWeight.of(1, -0.5));
        weights.put(MatchField.STREET, FieldWeight.of(2, -1));
        weights.put(MatchField.POSTCODE, FieldWeight.of(1.5, -1));
        weights.put(MatchField.CITY, FieldWeight.of(1, -0.5));
        return new DuplicateCriteria(weights, EnumSet.of(MatchField.EMAIL, MatchField.PHONE, MatchField.VAT_NUMBER),
                6, null, 100, 20, 0);
    }

    /**
     * Criteria for organisations (contacts that are companies). Defaults, as agreement / disagreement points:
     *
     * <table>
     *   <caption>Default weights for organisations</caption>
     *   <tr><th>field</th><th>weight</th></tr>
     *   <tr><td>name</td><td>+5 / -2</td></tr>
     *   <tr><td>VAT number (strong key)</td><td>+10 / -5</td></tr>
     *   <tr><td>e-mail (strong key)</td><td>+6 / -0.5</td></tr>
     *   <tr><td>e-mail domain, free mail excluded</td><td>+3 / -0.5</td></tr>
     *   <tr><td>phone (strong key)</td><td>+5 / -1</td></tr>
     *   <tr><td>street</td><td>+4 / -3</td></tr>
     *   <tr><td>postcode</td><td>+2 / -1</td></tr>
     *   <tr><td>city</td><td>+1 / -1</td></tr>
     * </table>
     *
     * <p>Threshold 6: a matching name needs the address or another contact channel to agree. No default phone region;
     * blocks of up to 100 records are compared pairwise, larger ones in windows of 20.
     *
     * @return the default criteria for organisations
     */
    public static DuplicateCriteria organisations() {
        Map<MatchField, FieldWeight> weights = new EnumMap<>(MatchField.class);
        weights.put(MatchField.NAME, FieldWeight.of(5, -2));
        weights.put(MatchField.VAT_NUMBER, FieldWeight.of(10, -5));
        weights.put(MatchField.EMAIL, FieldWeight.of(6, -0.5));
        weights.put(MatchField.EMAIL_DOMAIN, FieldWeight.of(3, -0.5));
        weights.put(MatchField.PHONE, FieldWeight.of(5, -1));
        weights.put(MatchField.STREET, FieldWeight.of(4, -3));
        weights.put(MatchField.POSTCODE, FieldWeight.of(2, -1));
        weights.put(MatchField.CITY, FieldWeight.of(1, -1));
        return new DuplicateCriteria(weights, EnumSet.of(MatchField.EMAIL, MatchField.PHONE, MatchField.VAT_NUMBER),
                6, null, 100, 20, 0);
    }

    /** @return the fields compared, in {@link MatchField} order */
    public Set<MatchField> fields() {
        return weights.keySet();
    }

    /**
     * @param field  the field to weigh; never null
     * @param weight what it weighs; never null
     * @return these criteria comparing that field with that weight too, or instead of its former weight
     */
    public DuplicateCriteria withField(MatchField field, FieldWeight weight) {
        Map<MatchField, FieldWeight> changed = new EnumMap<>(weights);
        changed.put(field, weight);
        return new DuplicateCriteria(changed, strongKeys, threshold, defaultRegion, maxBlockSize, window,
                clusterMargin);
    }

    /**
     * @param field the field to ignore; never null
     * @return these criteria no longer comparing that field, nor using it as a strong key
     */
    public DuplicateCriteria without(MatchField field) {
        Map<MatchField, FieldWeight> changed = new EnumMap<>(weights);
        changed.remove(field);
        Set<MatchField> keys = strongKeys.isEmpty() ? EnumSet.noneOf(MatchField.class) : EnumSet.copyOf(strongKeys);
        keys.remove(field);
        return new DuplicateCriteria(changed, keys, threshold, defaultRegion, maxBlockSize, window, clusterMargin);
    }

    /**
     * @param fields the strong keys, none for none; each weighed and among e-mail, phone and VAT number
     * @return these criteria with exactly those strong keys
     */
    public DuplicateCriteria withStrongKeys(MatchField... fields) {
        return new DuplicateCriteria(weights, Set.copyOf(List.of(fields)), threshold, defaultRegion, maxBlockSize,
                window, clusterMargin);
    }

    /**
     * @param value the score from which a pair is a duplicate; finite
     * @return these criteria with that threshold
     */
    public DuplicateCriteria withThreshold(double value) {
        return new DuplicateCriteria(weights, strongKeys, value, defaultRegion, maxBlockSize, window, clusterMargin);
    }

    /**
     * @param region ISO-3166 alpha-2 region of national phone numbers, such as {@code BE}; may be null for none
     * @return these criteria with that default region
     */
    public DuplicateCriteria withDefaultRegion(String region) {
        return new DuplicateCriteria(weights, strongKeys, threshold, region, maxBlockSize, window, clusterMargin);
    }

    /**
     * @param maxSize the largest block compared pairwise; at least 2
     * @param neighbours how many neighbours each record of a larger block is compared with; at least 1
     * @return these criteria with those block limits
     */
    public DuplicateCriteria withBlockLimits(int maxSize, int neighbours) {
        return new DuplicateCriteria(weights, strongKeys, threshold, defaultRegion, maxSize, neighbours,
                clusterMargin);
    }
}
