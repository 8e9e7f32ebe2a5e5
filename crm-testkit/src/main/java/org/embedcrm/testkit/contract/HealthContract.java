package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.scoring.FactorScore;
import org.embedcrm.core.scoring.HealthBand;
import org.embedcrm.core.scoring.HealthChanged;
import org.embedcrm.core.scoring.HealthFactor;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.scoring.HealthService;
import org.embedcrm.core.scoring.RefreshReport;
import org.embedcrm.spi.scoring.ContractValue;
import org.embedcrm.spi.scoring.PaymentHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.scoring.HealthScores} port, through the health service. */
public abstract class HealthContract extends StoreContract {

    private Contact customer(String name) {
        return crm().contacts().create(ContactInput.company(name).role(ContactRole.CUSTOMER)
                .email("office@" + name.toLowerCase().replace(' ', '-') + "-" + System.nanoTime() + ".example").build());
    }

    @Nested
    @DisplayName("one customer's score")
    class OneCustomer {

        @Test
        @DisplayName("weighs the four factors and stores the score with its breakdown")
        void breakdown() {
            Contact globex = customer("Globex");
            crm().interactions().log(LogInteraction.call(globex.id(), "Check-in"));
            fixture.healthSources().payments(globex.id().value(), new PaymentHistory(9, 1));
            fixture.healthSources().contracts(globex.id().value(), new ContractValue(new BigDecimal("100000"), "EUR"));
            fixture.healthSources().tickets(globex.id().value(), 1);

            HealthScore score = crm().health().refresh(globex.id());

            assertThat(score.factors()).extracting(FactorScore::factor, FactorScore::score, FactorScore::neutral)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(HealthFactor.RECENCY, 100, false),
                            org.assertj.core.groups.Tuple.tuple(HealthFactor.PAYMENT_HISTORY, 90, false),
                            org.assertj.core.groups.Tuple.tuple(HealthFactor.CONTRACT_VALUE, 100, false),
                            org.assertj.core.groups.Tuple.tuple(HealthFactor.SUPPORT_TICKETS, 80, false));
            assertThat(score.score()).isEqualTo(93);
            assertThat(score.band()).isEqualTo(HealthBand.HEALTHY);
            assertThat(crm().health().score(globex.id())).contains(score);
        }

        @Test
        @DisplayName("a factor the host knows nothing about is neutral and marked so")
        void neutral() {
            Contact globex = customer("Globex");
            crm().interactions().log(LogInteraction.call(globex.id(), "Check-in"));

            HealthScore score = crm().health().refresh(globex.id());

            assertThat(score.factors()).filteredOn(FactorScore::neutral).extracting(FactorScore::factor)
                    .containsExactly(HealthFactor.PAYMENT_HISTORY, HealthFactor.CONTRACT_VALUE,
                            HealthFactor.SUPPORT_TICKETS);
            assertThat(score.score()).isEqualTo(68);
            assertThat(score.band()).isEqualTo(HealthBand.WATCH);
        }

        @Test
        @DisplayName("recency fades from 14 to 180 days; a band change is published, the same band is not")
        void recencyAndEvents() {
            Contact globex = customer("Globex");
            crm().interactions().log(LogInteraction.call(globex.id(), "Check-in"));
            crm().health().refresh(globex.id());
            fixture.clock().advance(Duration.ofDays(97));

            HealthScore later = crm().health().refresh(globex.id());
            crm().health().refresh(globex.id());

            assertThat(later.factors().get(0).score()).isEqualTo(50);
            assertThat(later.band()).isEqualTo(HealthBand.WATCH);
            fixture.clock().advance(Duration.ofDays(100));
            assertThat(crm().health().refresh(globex.id()).band()).isEqualTo(HealthBand.AT_RISK);
            assertThat(fixture.events().eventsOf(HealthChanged.class)).extracting(HealthChanged::to)
                    .containsExactly(HealthBand.WATCH, HealthBand.AT_RISK);
        }
    }

    @Nested
    @DisplayName("the nightly refresh")
    class Refresh {

        @Test
        @DisplayName("scores every active customer page by page, reporting progress, and skips non-customers")
        void all() {
            List<Contact> customers = new ArrayList<>();
            for (int i = 0; i < HealthService.PAGE + 50; i++) {
                customers.add(customer("Customer " + i));
            }
            crm().contacts().create(ContactInput.company("Not a customer").email("no." + System.nanoTime() + "@x.example").build());
            List<Long> progress = new ArrayList<>();

            RefreshReport report = crm().health().refreshAll(progress::add);

            assertThat(report.customers()).isEqualTo(HealthService.PAGE + 50);
            assertThat(report.bandsChanged()).isEqualTo(HealthService.PAGE + 50);
            assertThat(progress).containsExactly((long) HealthService.PAGE, (long) HealthService.PAGE + 50);
            assertThat(crm().health().scores(customers.stream().map(Contact::id).toList()))
                    .hasSize(HealthService.PAGE + 50);
            assertThat(crm().health().refreshAll(n -> { }).bandsChanged()).isZero();
        }
    }
}
