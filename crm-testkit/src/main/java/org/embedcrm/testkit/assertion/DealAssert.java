package org.embedcrm.testkit.assertion;

import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.Stage;

/** Assertions on a {@link Deal}. */
public final class DealAssert extends AbstractAssert<DealAssert, Deal> {

    DealAssert(Deal actual) {
        super(actual, DealAssert.class);
    }

    /**
     * @param stage the stage expected
     * @return this
     */
    public DealAssert isIn(Stage stage) {
        isNotNull();
        if (!actual.stage().equals(stage.id())) {
            failWithMessage("expected deal '%s' in stage '%s' (%s) but it sits in %s", actual.terms().title(),
                    stage.name(), stage.id(), actual.stage());
        }
        return this;
    }

    /** @return this, after checking it has no close date and no lost reason */
    public DealAssert isOpen() {
        isNotNull();
        if (actual.isClosed() || actual.lostReason().isPresent() || actual.lostNote().isPresent()) {
            failWithMessage("expected deal '%s' open but it closed on %s (lost reason %s, note %s)",
                    actual.terms().title(), actual.actualCloseDate().orElse(null), actual.lostReason().orElse(null),
                    actual.lostNote().orElse(null));
        }
        return this;
    }

    /**
     * @param date the close date expected
     * @return this
     */
    public DealAssert isClosedOn(LocalDate date) {
        isNotNull();
        if (!actual.actualCloseDate().equals(java.util.Optional.of(date))) {
            failWithMessage("expected deal '%s' closed on %s but its close date is %s", actual.terms().title(), date,
                    actual.actualCloseDate().orElse(null));
        }
        return this;
    }

    /**
     * @param reason the lost reason expected, or null for none
     * @param note   the note expected, or null for none
     * @return this
     */
    public DealAssert wasLostBecause(LostReasonId reason, String note) {
        isNotNull();
        if (!actual.lostReason().equals(java.util.Optional.ofNullable(reason))
                || !actual.lostNote().equals(java.util.Optional.ofNullable(note))) {
            failWithMessage("expected deal '%s' lost because of %s / %s but found %s / %s", actual.terms().title(),
                    reason, note, actual.lostReason().orElse(null), actual.lostNote().orElse(null));
        }
        return this;
    }
}
