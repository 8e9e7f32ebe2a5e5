package org.embedcrm.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/** Asserts that a value is refused with exactly one violation, of a given field and code. */
final class Refusals {

    private Refusals() {
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable creation, String field,
            String code) {
        return assertThatThrownBy(creation).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}
