package org.embedcrm.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("an objective")
class ObjectiveTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static Objective of(UserRef user, TeamId team, ObjectiveMetric metric, String target, String currency,
                                LocalDate to) {
        return new Objective(new ObjectiveId(UUID.randomUUID()), TenantId.of("acme"), user, team, metric,
                new BigDecimal(target), currency, JAN, to, Recurrence.MONTHLY);
    }

    private static String code(Runnable build) {
        try {
            build.run();
        } catch (ValidationException e) {
            return e.violations().get(0).code();
        }
        throw new AssertionError("no violation");
    }

    @Test
    @DisplayName("is for exactly one user or team, with a positive target of at most 4 decimals")
    void rules() {
        UserRef alice = UserRef.of("alice");
        assertThat(of(alice, null, ObjectiveMetric.DEALS_WON, "3", null, JAN).target()).isEqualByComparingTo("3");
        assertThat(of(alice, null, ObjectiveMetric.AMOUNT_WON, "0.0001", "EUR", JAN).currency()).isEqualTo("EUR");
        assertThat(code(() -> of(null, null, ObjectiveMetric.DEALS_WON, "3", null, JAN))).isEqualTo("objective.owner");
        assertThat(code(() -> of(alice, null, ObjectiveMetric.DEALS_WON, "0", null, JAN)))
                .isEqualTo("objective.target.positive");
        assertThat(code(() -> of(alice, null, ObjectiveMetric.AMOUNT_WON, "0.00001", "EUR", JAN)))
                .isEqualTo("objective.target.scale");
        assertThat(code(() -> of(alice, null, ObjectiveMetric.DEALS_WON, "3", "EUR", JAN)))
                .isEqualTo("objective.currency");
        assertThat(code(() -> of(alice, null, ObjectiveMetric.DEALS_WON, "3", null, JAN.minusDays(1))))
                .isEqualTo("objective.range");
    }

    @Test
    @DisplayName("cuts its range into periods that end with the range")
    void periods() {
        assertThat(Recurrence.MONTHLY.periodEnd(JAN, LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Recurrence.WEEKLY.periodEnd(JAN, JAN.plusDays(3))).isEqualTo(JAN.plusDays(3));
        assertThat(Recurrence.DAILY.periodEnd(JAN, JAN.plusDays(3))).isEqualTo(JAN);
        assertThatThrownBy(() -> new Team(new TeamId(UUID.randomUUID()), TenantId.of("acme"), 0, "Sales",
                java.util.Set.of())).isInstanceOf(ValidationException.class);
    }
}
