package org.embedcrm.testkit.assertion;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/** Assertions on the {@link CrmException} a call raised. */
public final class CrmErrorAssert extends AbstractAssert<CrmErrorAssert, CrmException> {

    private CrmErrorAssert(CrmException actual) {
        super(actual, CrmErrorAssert.class);
    }

    static CrmErrorAssert from(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).as("the call should raise a CrmException").isInstanceOf(CrmException.class);
        return new CrmErrorAssert((CrmException) thrown);
    }

    /**
     * @param type the subtype expected
     * @return this
     */
    public CrmErrorAssert isA(Class<? extends CrmException> type) {
        Assertions.assertThat(actual).isInstanceOf(type);
        return this;
    }

    /**
     * @param code the stable code expected
     * @return this
     */
    public CrmErrorAssert hasCode(String code) {
        if (!actual.code().equals(code)) {
            failWithMessage("expected error code <%s> but was <%s>: %s", code, actual.code(), actual.getMessage());
        }
        return this;
    }

    /**
     * @param fields the fields expected to be reported, in any order, and no others
     * @return this
     */
    public CrmErrorAssert reportsFields(String... fields) {
        isA(ValidationException.class);
        List<String> reported = ((ValidationException) actual).violations().stream().map(Violation::field).toList();
        Assertions.assertThat(reported).as("fields reported by: " + actual.getMessage())
                .containsExactlyInAnyOrder(fields);
        return this;
    }

    /**
     * @param field the field expected among the violations
     * @param code  the violation's code expected for it
     * @return this
     */
    public CrmErrorAssert hasViolation(String field, String code) {
        isA(ValidationException.class);
        Assertions.assertThat(((ValidationException) actual).violations()).as("violations of: " + actual.getMessage())
                .anyMatch(v -> v.field().equals(field) && v.code().equals(code));
        return this;
    }
}
