package org.embedcrm.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.scoring.ContractValue;
import org.embedcrm.spi.scoring.PaymentHistory;

/** The fixed formulas of the health score; see {@link HealthFactor} for each factor's rule. */
final class HealthRules {

    private static final long FRESH_DAYS = 14;
    private static final long STALE_DAYS = 180;

    private HealthRules() {
    }

    static HealthScore score(TenantId tenant, ContactId customer, Instant now, Optional<Instant> lastInteraction,
                             Optional<PaymentHistory> payments, Optional<ContractValue> contracts,
                             OptionalInt openTickets) {
        List<FactorScore> factors = List.of(recency(now, lastInteraction), payments(payments),
                contracts(contracts), tickets(openTickets));
        int weighted = factors.stream().mapToInt(f -> f.score() * f.factor().weight()).sum();
        int score = BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
        return new HealthScore(tenant, customer, score, HealthBand.of(score), now, factors);
    }

    static FactorScore recency(Instant now, Optional<Instant> lastInteraction) {
        if (lastInteraction.isEmpty()) {
            return new FactorScore(HealthFactor.RECENCY, 0, false, "no interaction logged");
        }
        long days = Math.max(0, Duration.between(lastInteraction.get(), now).toDays());
        int score = days <= FRESH_DAYS ? 100 : days >= STALE_DAYS ? 0
                : (int) Math.round(100.0 * (STALE_DAYS - days) / (STALE_DAYS - FRESH_DAYS));
        return new FactorScore(HealthFactor.RECENCY, score, false, days + " days since the last interaction");
    }

    static FactorScore payments(Optional<PaymentHistory> history) {
        return history.filter(h -> h.onTime() + h.overdue() > 0)
                .map(h -> new FactorScore(HealthFactor.PAYMENT_HISTORY,
                        (int) Math.round(100.0 * h.onTime() / (h.onTime() + h.overdue())), false,
                        h.onTime() + " invoices paid on time, " + h.overdue() + " overdue"))
                .orElseGet(() -> FactorScore.neutral(HealthFactor.PAYMENT_HISTORY, "no payment history"));
    }

    static FactorScore contracts(Optional<ContractValue> value) {
        return value.map(v -> new FactorScore(HealthFactor.CONTRACT_VALUE, v.amount().signum() == 0 ? 0
                        : (int) Math.max(0, Math.min(100, Math.round(20 * Math.log10(v.amount().doubleValue())))),
                        false, "contracts worth " + v.amount().toPlainString() + " " + v.currency()))
                .orElseGet(() -> FactorScore.neutral(HealthFactor.CONTRACT_VALUE, "no contract value"));
    }

    static FactorScore tickets(OptionalInt open) {
        return open.isPresent()
                ? new FactorScore(HealthFactor.SUPPORT_TICKETS, Math.max(0, 100 - 20 * open.getAsInt()), false,
                        open.getAsInt() + " open support tickets")
                : FactorScore.neutral(HealthFactor.SUPPORT_TICKETS, "no support ticket source");
    }
}
