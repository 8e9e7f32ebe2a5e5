package org.embedcrm.testkit.generator;

import java.util.Random;
import java.util.function.Function;

/**
 * Draws a value from a source of randomness; the same seed gives the same value, so any failure can be replayed.
 *
 * @param <T> what it generates
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * @param random the source of randomness; never null
     * @return a value
     */
    T next(Random random);

    /**
     * @param mapper turns each value into another
     * @param <R>    the new type
     * @return a generator of the mapped values
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }
}
