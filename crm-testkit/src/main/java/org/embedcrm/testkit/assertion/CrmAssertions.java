package org.embedcrm.testkit.assertion;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.Pipeline;

/** Entry points of the testkit's assertions. */
public final class CrmAssertions {

    private CrmAssertions() {
    }

    /**
     * @param actual the deal to check
     * @return assertions on it
     */
    public static DealAssert assertThat(Deal actual) {
        return new DealAssert(actual);
    }

    /**
     * @param actual the pipeline to check
     * @return assertions on it
     */
    public static PipelineAssert assertThat(Pipeline actual) {
        return new PipelineAssert(actual);
    }

    /**
     * @param call code expected to raise a {@link org.embedcrm.core.error.CrmException}
     * @return assertions on the error it raised
     */
    public static CrmErrorAssert assertThatCrmError(ThrowingCallable call) {
        return CrmErrorAssert.from(call);
    }
}
