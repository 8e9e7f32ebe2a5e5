package org.embedcrm.testkit.generator;

import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Adapts the testkit's {@link Generator}s to QuickTheories: each drawn value comes from a {@link Random} seeded by
 * QuickTheories, so its reported seed replays the failure.
 */
public final class QuickTheoriesGenerators {

    private QuickTheoriesGenerators() {
    }

    /**
     * @param generator a testkit generator
     * @param <T>       what it generates
     * @return the same generator as a QuickTheories {@link Gen}
     */
    public static <T> Gen<T> gen(Generator<T> generator) {
        return in -> generator.next(new Random(in.next(Constraint.none())));
    }
}
