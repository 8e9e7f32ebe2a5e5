package org.embedcrm.testkit.generator;

import java.math.BigDecimal;
import java.util.List;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.shared.Money;

/** Generators of the deal context's values. */
public final class CrmGenerators {

    private static final List<String> WORDS = List.of("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost",
            "Demo", "Review", "Enterprise", "SMB", "Partner", "Renewal", "Ünïcode", "Closing");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "JPY", "CHF");

    private CrmGenerators() {
    }

    /**
     * @return names of one or two words from a small vocabulary, in random case, so that clashes regardless of
     *         case happen often
     */
    public static Generator<String> names() {
        return random -> {
            String word = pick(random, WORDS);
            String name = random.nextBoolean() ? word : word + " " + pick(random, WORDS);
            return random.nextInt(4) == 0 ? name.toUpperCase(java.util.Locale.ROOT) : name;
        };
    }

    /** @return valid stage colours */
    public static Generator<StageColor> colors() {
        return random -> new StageColor(String.format("#%06X", random.nextInt(0x1000000)));
    }

    /** @return probabilities from 0 to 100 */
    public static Generator<Integer> probabilities() {
        return random -> random.nextInt(101);
    }

    /** @return non-negative amounts with up to two decimals, in one of five currencies */
    public static Generator<Money> money() {
        return random -> Money.of(BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                Money.currency(pick(random, CURRENCIES)));
    }

    /**
     * @param values what to choose from; not empty
     * @param <T>    their type
     * @return one of them, uniformly
     */
    public static <T> Generator<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        return random -> pick(random, copy);
    }

    private static <T> T pick(java.util.Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
