package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.report.Objective;
import org.embedcrm.core.report.ObjectiveId;
import org.embedcrm.core.report.ObjectiveMetric;
import org.embedcrm.core.report.Recurrence;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.report.TeamId;
import org.embedcrm.core.scoring.FactorScore;
import org.embedcrm.core.scoring.HealthBand;
import org.embedcrm.core.scoring.HealthFactor;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store does with teams, objectives and health scores beyond the contracts, which reach them only
 * through the services: the team's unique name and version, objectives read back as written and kept per tenant,
 * and scores replaced in place.
 */
abstract class JpaReportStoreTest {

    private static final UserRef ALICE = UserRef.of("alice");
    private static final UserRef BOB = UserRef.of("bob");

    private final TenantId tenant = CrmFixture.freshTenant();
    private final TenantId other = CrmFixture.freshTenant();

    protected abstract JpaCrmStore store();

    @Test
    @DisplayName("two teams named alike regardless of case conflict with team.name-taken, on add and on rename")
    void teamName() {
        store().teams().add(team("Benelux", ALICE));
        Team france = store().teams().add(team("France", BOB));

        assertThatThrownBy(() -> store().teams().add(team(" BENELUX ", BOB)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("team.name-taken"));
        assertThatThrownBy(() -> store().teams().update(new Team(france.id(), tenant, france.version(), "benelux",
                france.members())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("team.name-taken"));
        assertThat(store().teams().add(new Team(new TeamId(UUID.randomUUID()), other, 0, "Benelux", Set.of(ALICE))))
                .extracting(Team::name).isEqualTo("Benelux");
    }

    @Test
    @DisplayName("a team's members change with its version; a stale version conflicts; teams list by name")
    void teamMembers() {
        Team benelux = store().teams().add(team("benelux", ALICE));
        Team changed = store().teams().update(new Team(benelux.id(), tenant, benelux.version(), "benelux",
                Set.of(BOB, UserRef.of("carol"))));
        store().teams().add(team("Antwerp", ALICE));

        assertThat(changed.version()).isEqualTo(benelux.version() + 1);
        assertThat(store().teams().find(tenant, benelux.id())).contains(changed);
        assertThat(store().teams().find(other, benelux.id())).isEmpty();
        assertThatThrownBy(() -> store().teams().update(benelux))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(store().teams().all(tenant)).extracting(Team::name).containsExactly("Antwerp", "benelux");
    }

    @Test
    @DisplayName("an objective reads back as written, lists by start date, stays in its tenant and can be removed")
    void objectives() {
        Team team = store().teams().add(team("Benelux", ALICE));
        Objective amount = new Objective(new ObjectiveId(UUID.randomUUID()), tenant, ALICE, null,
                ObjectiveMetric.AMOUNT_WON, new BigDecimal("50000"), "EUR", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31), Recurrence.MONTHLY);
        Objective calls = new Objective(new ObjectiveId(UUID.randomUUID()), tenant, null, team.id(),
                ObjectiveMetric.CALLS_MADE, new BigDecimal("12.5"), null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), Recurrence.WEEKLY);
        store().objectives().add(amount);
        store().objectives().add(calls);

        assertThat(store().objectives().find(tenant, amount.id())).contains(amount);
        assertThat(store().objectives().all(tenant)).containsExactly(calls, amount);
        assertThat(store().objectives().find(other, amount.id())).isEmpty();
        store().objectives().remove(other, amount.id());
        assertThat(store().objectives().all(tenant)).hasSize(2);
        store().objectives().remove(tenant, amount.id());
        assertThat(store().objectives().all(tenant)).containsExactly(calls);
    }

    @Test
    @DisplayName("a health score is replaced in place, with its breakdown, and is read only in its tenant")
    void healthScores() {
        ContactId customer = new ContactId(UUID.randomUUID());
        HealthScore first = score(customer, 80, "3 days since the last interaction");
        HealthScore second = score(customer, 20, "200 days since the last interaction");

        store().healthScores().saveAll(List.of(first));
        store().healthScores().saveAll(List.of(second));

        assertThat(store().healthScores().find(tenant, customer)).contains(second);
        assertThat(store().healthScores().findAll(tenant, List.of(customer, new ContactId(UUID.randomUUID()))))
                .containsOnlyKeys(customer);
        assertThat(store().healthScores().find(other, customer)).isEmpty();
    }

    private Team team(String name, UserRef member) {
        return new Team(new TeamId(UUID.randomUUID()), tenant, 0, name, Set.of(member));
    }

    private HealthScore score(ContactId customer, int recency, String detail) {
        int score = (recency * 35 + 50 * 65 + 50) / 100;
        return new HealthScore(tenant, customer, score, HealthBand.of(score), Instant.parse("2026-03-02T09:00:00Z"),
                List.of(new FactorScore(HealthFactor.RECENCY, recency, false, detail),
                        new FactorScore(HealthFactor.PAYMENT_HISTORY, 50, true, "no payment history"),
                        new FactorScore(HealthFactor.CONTRACT_VALUE, 50, true, "no contract value"),
                        new FactorScore(HealthFactor.SUPPORT_TICKETS, 50, true, "no support ticket source")));
    }
}
