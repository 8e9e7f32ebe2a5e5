package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.report.Reports;
import org.embedcrm.core.report.StageDwell;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.fixture.DealBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store's report queries against the in-memory reference, on the same history replayed through the API in
 * both: deals created around month ends (where the time zone decides the month), stays of fractions of a second,
 * several currencies, assignees and interactions. Amounts must agree to the last decimal, counts exactly.
 * The history is replayed once per class: the tests only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsEquivalenceTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Brussels"),
            ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Los_Angeles"));
    private static final List<UserRef> USERS = List.of(UserRef.of("alice"), UserRef.of("bob"), UserRef.of("carol"));

    private Replay jpa;
    private Replay reference;

    /** @return the store under test */
    protected abstract CrmStore store();

    @BeforeAll
    void replay() {
        jpa = new Replay(CrmFixture.on(store()));
        reference = new Replay(CrmFixture.inMemory());
    }

    @Test
    @DisplayName("deals per month in any time zone, totals, open deals per pipeline and won or lost per period")
    void dealFigures() {
        for (ZoneId zone : ZONES) {
            LocalDate from = LocalDate.of(2026, 1, 1);
            LocalDate to = LocalDate.of(2026, 8, 31);
            assertThat(jpa.reports().dealsByMonth(jpa.fixture.tenant(), from, to, zone)).as("months in %s", zone)
                    .isEqualTo(reference.reports().dealsByMonth(reference.fixture.tenant(), from, to, zone));
            // A range starting and ending mid-month cuts its first and last months.
            LocalDate midFrom = LocalDate.of(2026, 3, 31);
            LocalDate midTo = LocalDate.of(2026, 5, 1);
            assertThat(jpa.reports().dealsByMonth(jpa.fixture.tenant(), midFrom, midTo, zone))
                    .as("part months in %s", zone)
                    .isEqualTo(reference.reports().dealsByMonth(reference.fixture.tenant(), midFrom, midTo, zone));
        }
        assertThat(jpa.reports().dealTotals(jpa.fixture.tenant()))
                .isEqualTo(reference.reports().dealTotals(reference.fixture.tenant()));
        assertThat(jpa.reports().openDealsByPipeline(jpa.fixture.tenant()).values())
                .containsExactlyInAnyOrderElementsOf(
                        reference.reports().openDealsByPipeline(reference.fixture.tenant()).values());
        for (int day = 0; day < 150; day += 7) {
            LocalDate from = LocalDate.of(2026, 3, 1).plusDays(day);
            assertThat(jpa.reports().wonAndLost(jpa.fixture.tenant(), from, from.plusDays(20)))
                    .isEqualTo(reference.reports().wonAndLost(reference.fixture.tenant(), from, from.plusDays(20)));
        }
    }

    @Test
    @DisplayName("the average time in each stage, each stay rounded down to the second")
    void timeInStages() {
        Map<String, List<Object>> expected = reference.dwellsByStageName();

        assertThat(expected).isNotEmpty();
        assertThat(jpa.dwellsByStageName()).isEqualTo(expected);
    }

    @Test
    @DisplayName("what users and teams created, won and logged in periods cut in any time zone")
    void userFigures() {
        List<Set<UserRef>> groups = List.of(Set.of(USERS.get(0)), Set.of(USERS.get(1)), Set.copyOf(USERS));
        for (ZoneId zone : ZONES) {
            for (Set<UserRef> users : groups) {
                for (int month = 2; month <= 7; month++) {
                    Instant from = LocalDate.of(2026, month, 1).atStartOfDay(zone).toInstant();
                    Instant to = LocalDate.of(2026, month + 1, 1).atStartOfDay(zone).toInstant();
                    assertThat(jpa.reports().userFigures(jpa.fixture.tenant(), users, from, to, zone))
                            .as("%s in %s, month %d", users, zone, month)
                            .isEqualTo(reference.reports().userFigures(reference.fixture.tenant(), users, from, to,
                                    zone));
                }
            }
        }
    }

    /** The same history, replayed through the API of one store. */
    private static final class Replay {

        private final CrmFixture fixture;
        private final Pipeline sales;

        Replay(CrmFixture fixture) {
            this.fixture = fixture;
            Crm crm = fixture.crm();
            this.sales = aPipeline().createIn(crm);
            Random random = new Random(20260331);
            // Around the end of March, in steps that straddle midnight in every zone; microseconds, as stored.
            Instant start = Instant.parse("2026-03-31T08:00:00Z");
            for (int i = 0; i < 60; i++) {
                fixture.context().switchActor(USERS.get(i % USERS.size()));
                fixture.clock().setTo(start.plus(Duration.ofSeconds(i * 7_919L + random.nextInt(40_000)))
                        .plus(random.nextInt(1_000_000), ChronoUnit.MICROS));
                Deal deal = aDeal(random, sales).titled("Deal " + i).openIn(crm);
                for (int move = random.nextInt(4); move > 0; move--) {
                    fixture.clock().advance(Duration.of(random.nextInt(3) == 0 ? random.nextInt(2_000_000)
                            : random.nextLong(40L * 86_400_000_000L), ChronoUnit.MICROS));
                    Stage target = sales.stages().get(random.nextInt(sales.stages().size()));
                    if (!target.id().equals(deal.stage())) {
                        deal = crm.deals().move(MoveDeal.to(deal.id(), target.id()));
                    }
                }
            }
            fixture.context().switchActor(USERS.get(0));
            Contact globex = crm.contacts().create(aCompany().build());
            for (int i = 0; i < 30; i++) {
                fixture.context().switchActor(USERS.get(i % USERS.size()));
                fixture.clock().setTo(start.plus(Duration.ofHours(i * 61L)));
                crm.interactions().log(i % 3 == 0 ? LogInteraction.meeting(globex.id(), "Meeting " + i)
                        : LogInteraction.call(globex.id(), "Call " + i));
            }
        }

        private static DealBuilder aDeal(Random random, Pipeline pipeline) {
            DealBuilder deal = DealBuilder.aDeal().in(pipeline);
            switch (random.nextInt(4)) {
                case 0 -> deal.worth(random.nextInt(1_000_000) + "." + random.nextInt(10) + random.nextInt(10), "EUR");
                case 1 -> deal.worth(random.nextInt(1_000_000) + ".5", "USD");
                case 2 -> deal.worth(String.valueOf(random.nextInt(1_000_000)), "JPY");
                default -> deal.withoutValue();
            }
            if (random.nextBoolean()) {
                deal.withProbability(random.nextInt(101));
            }
            if (random.nextInt(3) == 0) {
                deal.assignedTo(USERS.get(random.nextInt(USERS.size())).value());
            }
            return deal;
        }

        Reports reports() {
            return fixture.store().reports();
        }

        // Stays and average per stage name: each replay's stages have ids of their own.
        Map<String, List<Object>> dwellsByStageName() {
            Map<String, List<Object>> byName = new TreeMap<>();
            for (StageDwell dwell : reports().timeInStages(fixture.tenant(), sales.id())) {
                String name = sales.stages().stream().filter(s -> s.id().equals(dwell.stage())).findFirst()
                        .orElseThrow().name();
                byName.put(name, List.of(dwell.stays(), dwell.average()));
            }
            return byName;
        }
    }
}
