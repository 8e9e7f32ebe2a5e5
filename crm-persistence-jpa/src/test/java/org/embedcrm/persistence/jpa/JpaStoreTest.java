package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.persistence.jpa.Records.MONDAY;
import static org.embedcrm.persistence.jpa.Records.defaultPipeline;
import static org.embedcrm.persistence.jpa.Records.deal;
import static org.embedcrm.persistence.jpa.Records.lostReason;
import static org.embedcrm.persistence.jpa.Records.pipeline;
import static org.embedcrm.persistence.jpa.Records.renamed;
import static org.embedcrm.persistence.jpa.Records.retitled;
import static org.embedcrm.persistence.jpa.Records.stage;
import static org.embedcrm.persistence.jpa.Records.withStages;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.StageTotals;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.RecordView;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store does on every database beyond the port contracts: the unique keys and versions of the schema
 * turned into the core's conflicts, and the board's aggregate and window-function SQL.
 */
abstract class JpaStoreTest {

    private final TenantId tenant = CrmFixture.freshTenant();

    protected abstract JpaCrmStore store();

    @Nested
    @DisplayName("a unique key taken by a concurrent writer")
    class UniqueKeys {

        @Test
        @DisplayName("two pipelines named alike regardless of case conflict with pipeline.name-taken")
        void pipelineName() {
            store().pipelines().add(pipeline(tenant, "Sales"));

            assertThatThrownBy(() -> store().pipelines().add(pipeline(tenant, " sALES ")))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("pipeline.name-taken"));
        }

        @Test
        @DisplayName("a second default pipeline conflicts with pipeline.default-taken")
        void secondDefault() {
            store().pipelines().add(defaultPipeline(tenant, "Sales"));

            assertThatThrownBy(() -> store().pipelines().add(defaultPipeline(tenant, "Renewals")))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("pipeline.default-taken"));
        }

        @Test
        @DisplayName("any number of pipelines that are not the default coexist")
        void manyNonDefaultPipelines() {
            store().pipelines().add(defaultPipeline(tenant, "Sales"));
            store().pipelines().add(pipeline(tenant, "Renewals"));
            store().pipelines().add(pipeline(tenant, "Partners"));

            assertThat(store().pipelines().all(tenant)).hasSize(3);
        }

        @Test
        @DisplayName("two stages of one pipeline named alike conflict with stage.name-taken")
        void stageName() {
            assertThatThrownBy(() -> store().pipelines().add(pipeline(tenant, "Sales", stage("Won"), stage("won"))))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("stage.name-taken"));
        }

        @Test
        @DisplayName("two lost reasons named alike conflict with lost-reason.name-taken")
        void lostReasonName() {
            store().lostReasons().add(lostReason(tenant, "Price"));

            assertThatThrownBy(() -> store().lostReasons().add(lostReason(tenant, "PRICE")))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("lost-reason.name-taken"));
        }

        @Test
        @DisplayName("the same names and default flag in another tenant do not conflict")
        void otherTenant() {
            TenantId other = CrmFixture.freshTenant();
            store().pipelines().add(defaultPipeline(tenant, "Sales"));
            store().lostReasons().add(lostReason(tenant, "Price"));

            store().pipelines().add(defaultPipeline(other, "Sales"));
            store().lostReasons().add(lostReason(other, "Price"));

            assertThat(store().pipelines().all(other)).extracting(Pipeline::name).containsExactly("Sales");
            assertThat(store().lostReasons().all(other)).hasSize(1);
        }

        @Test
        @DisplayName("a deal added a second time conflicts with deal.exists")
        void dealTwice() {
            Deal deal = deal(salesWithLead(), leadOf(salesWithLead()), null, MONDAY);
            store().deals().add(deal);

            assertThatThrownBy(() -> store().deals().add(deal))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("deal.exists"));
        }

        @Test
        @DisplayName("a pipeline added twice in one transaction conflicts with pipeline.exists")
        void pipelineTwiceInOneTransaction() {
            Pipeline pipeline = pipeline(tenant, "Sales");

            assertThatThrownBy(() -> store().transactions().inTransaction(() -> {
                store().pipelines().add(pipeline);
                return store().pipelines().add(pipeline);
            })).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo("pipeline.exists"));
            assertThat(store().pipelines().all(tenant)).isEmpty();
        }

        @Test
        @DisplayName("a stage can take the name of a stage removed in the same update")
        void nameOfRemovedStage() {
            Stage lost = stage("Lost");
            Pipeline stored = store().pipelines().add(pipeline(tenant, "Sales", stage("Lead"), lost));

            Pipeline updated = store().pipelines().update(
                    withStages(stored, List.of(stored.stages().get(0), stage("LOST"))));

            assertThat(updated.stages()).extracting(Stage::name).containsExactly("Lead", "LOST");
            assertThat(updated.stage(lost.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("versions")
    class Versions {

        @Test
        @DisplayName("a stored record starts at version 0, as in memory, and every update increments it")
        void increments() {
            Deal added = store().deals().add(deal(salesWithLead(), leadOf(salesWithLead()), null, MONDAY));
            Deal updated = store().deals().update(retitled(added, "Bigger deal"));
            Deal unchanged = store().deals().update(updated);

            assertThat(added.version()).isZero();
            assertThat(updated.version()).isEqualTo(1);
            assertThat(unchanged.version()).isEqualTo(2);
            assertThat(store().deals().find(tenant, added.id()).orElseThrow().version()).isEqualTo(2);
        }

        @Test
        @DisplayName("a pipeline whose only change is in its stages still gets a new version")
        void stageOnlyChange() {
            Pipeline added = store().pipelines().add(pipeline(tenant, "Sales", stage("Lead")));

            Pipeline updated = store().pipelines().update(withStages(added, List.of(stage("Lead"), stage("Won"))));

            assertThat(updated.version()).isEqualTo(added.version() + 1);
        }

        @Test
        @DisplayName("an update based on an old version conflicts with stale-version and changes nothing")
        void staleUpdate() {
            Pipeline added = store().pipelines().add(pipeline(tenant, "Sales"));
            store().pipelines().update(renamed(added, "Direct sales"));

            assertThatThrownBy(() -> store().pipelines().update(renamed(added, "Field sales")))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("stale-version"));
            assertThat(store().pipelines().find(tenant, added.id()).orElseThrow().name()).isEqualTo("Direct sales");
        }

        @Test
        @DisplayName("removing a pipeline based on an old version conflicts with stale-version")
        void staleRemove() {
            Pipeline added = store().pipelines().add(pipeline(tenant, "Sales"));
            store().pipelines().update(renamed(added, "Direct sales"));

            assertThatThrownBy(() -> store().pipelines().remove(added))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("stale-version"));
            assertThat(store().pipelines().find(tenant, added.id())).isPresent();
        }

        @Test
        @DisplayName("a transaction that read a version a concurrent one has since written conflicts on flush")
        void concurrentWriters() throws Exception {
            Deal added = store().deals().add(deal(salesWithLead(), leadOf(salesWithLead()), null, MONDAY));
            Thread concurrent = new Thread(() -> store().deals().update(retitled(added, "Theirs")));

            assertThatThrownBy(() -> store().transactions().inTransaction(() -> {
                Deal mine = store().deals().find(tenant, added.id()).orElseThrow();
                runToEnd(concurrent);
                return store().deals().update(retitled(mine, "Mine"));
            })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
            assertThat(store().deals().find(tenant, added.id()).orElseThrow().terms().title()).isEqualTo("Theirs");
        }

        @Test
        @DisplayName("of two first saves of a tenant's preferences at once, the later conflicts with stale-version")
        void concurrentFirstSaves() throws Exception {
            Preferences defaults = Preferences.defaults(tenant);
            AtomicReference<RuntimeException> theirs = new AtomicReference<>();
            Thread concurrent = new Thread(() -> {
                try {
                    store().preferences().save(defaults.withDisplay(defaults.display().withDealsView(RecordView.LIST)));
                } catch (RuntimeException e) {
                    theirs.set(e);
                }
            });

            store().transactions().inTransaction(() -> {
                store().preferences().save(defaults.withDisplay(defaults.display().withLeadsView(RecordView.BOARD)));
                concurrent.start();
                // Gives the concurrent save time to wait on the row this transaction inserted, until it commits.
                awaitQuietly(concurrent, Duration.ofMillis(300));
                return null;
            });
            awaitQuietly(concurrent, Duration.ofSeconds(30));

            assertThat(theirs.get()).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo("stale-version"));
            assertThat(store().preferences().get(tenant).display().leadsView()).isEqualTo(RecordView.BOARD);
            assertThat(store().preferences().get(tenant).version()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("the board")
    class BoardQueries {

        @Test
        @DisplayName("totals count every deal of a stage and sum its values per currency")
        void totals() {
            Pipeline sales = salesWithLead();
            Stage lead = leadOf(sales);
            store().deals().add(deal(sales, lead, Money.of("100.50", "EUR"), MONDAY));
            store().deals().add(deal(sales, lead, Money.of("0.25", "EUR"), MONDAY));
            store().deals().add(deal(sales, lead, Money.of("70", "USD"), MONDAY));
            store().deals().add(deal(sales, lead, null, MONDAY));

            assertThat(store().deals().stageTotals(tenant, sales.id())).singleElement().satisfies(totals -> {
                assertThat(totals.stage()).isEqualTo(lead.id());
                assertThat(totals.dealCount()).isEqualTo(4);
                assertThat(totals.totals()).containsExactly(Money.of("100.75", "EUR"), Money.of("70", "USD"));
            });
        }

        @Test
        @DisplayName("a stage whose deals have no value has a count and no totals")
        void totalsWithoutValues() {
            Pipeline sales = salesWithLead();
            store().deals().add(deal(sales, leadOf(sales), null, MONDAY));

            assertThat(store().deals().stageTotals(tenant, sales.id()))
                    .extracting(StageTotals::dealCount, t -> t.totals().isEmpty())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, true));
        }

        @Test
        @DisplayName("cards are the oldest deals of each stage, at most the number asked for")
        void oldestCards() {
            Stage lead = stage("Lead");
            Stage won = stage("Won");
            Pipeline sales = store().pipelines().add(pipeline(tenant, "Sales", lead, won));
            Deal third = store().deals().add(deal(sales, lead, null, MONDAY.plus(Duration.ofHours(3))));
            Deal first = store().deals().add(deal(sales, lead, null, MONDAY.plus(Duration.ofHours(1))));
            Deal second = store().deals().add(deal(sales, lead, null, MONDAY.plus(Duration.ofHours(2))));
            Deal onlyWon = store().deals().add(deal(sales, won, Money.of("5", "EUR"), MONDAY));

            List<DealCard> cards = store().deals().cards(tenant, sales.id(), 2);

            assertThat(cards.stream().filter(c -> c.stage().equals(lead.id())))
                    .extracting(DealCard::id).containsExactly(first.id(), second.id());
            assertThat(cards.stream().filter(c -> c.stage().equals(won.id())))
                    .singleElement().satisfies(card -> {
                        assertThat(card.id()).isEqualTo(onlyWon.id());
                        assertThat(card.value()).isEqualTo(Money.of("5", "EUR"));
                        assertThat(card.version()).isEqualTo(onlyWon.version());
                    });
            assertThat(cards).extracting(DealCard::id).doesNotContain(third.id());
        }

        @Test
        @DisplayName("nothing of another tenant's pipeline shows")
        void otherTenant() {
            Pipeline sales = salesWithLead();
            store().deals().add(deal(sales, leadOf(sales), Money.of("1", "EUR"), MONDAY));
            TenantId other = CrmFixture.freshTenant();

            assertThat(store().deals().stageTotals(other, sales.id())).isEmpty();
            assertThat(store().deals().cards(other, sales.id(), 10)).isEmpty();
            assertThat(store().deals().anyInPipeline(other, sales.id())).isFalse();
            assertThat(store().pipelines().find(other, sales.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("the stage history")
    class History {

        @Test
        @DisplayName("entries appended at the same instant come back in the order they were appended")
        void sameInstant() {
            Stage lead = stage("Lead");
            Stage won = stage("Won");
            Pipeline sales = store().pipelines().add(pipeline(tenant, "Sales", lead, won));
            Deal deal = store().deals().add(deal(sales, lead, null, MONDAY));
            List<StageChange> appended = List.of(
                    new StageChange(deal.id(), sales.id(), null, lead.id(), MONDAY, Records.ALICE),
                    new StageChange(deal.id(), sales.id(), lead.id(), won.id(), MONDAY, Records.ALICE),
                    new StageChange(deal.id(), sales.id(), won.id(), lead.id(), MONDAY, Records.ALICE));

            appended.forEach(change -> store().deals().appendStageChange(tenant, change));

            assertThat(store().deals().stageHistory(tenant, deal.id())).containsExactlyElementsOf(appended);
        }

        @Test
        @DisplayName("an entry for a deal of another tenant is refused and never shows")
        void otherTenantsDeal() {
            Deal deal = store().deals().add(deal(salesWithLead(), leadOf(salesWithLead()), null, MONDAY));
            TenantId other = CrmFixture.freshTenant();
            StageChange change = new StageChange(deal.id(), deal.pipeline(), null, deal.stage(), MONDAY,
                    Records.ALICE);

            assertThatThrownBy(() -> store().deals().appendStageChange(other, change))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store().deals().stageHistory(other, deal.id())).isEmpty();
        }
    }

    private Pipeline salesWithLeadCache;

    private Pipeline salesWithLead() {
        if (salesWithLeadCache == null) {
            salesWithLeadCache = store().pipelines().add(pipeline(tenant, "Sales", stage("Lead")));
        }
        return salesWithLeadCache;
    }

    private static Stage leadOf(Pipeline pipeline) {
        return pipeline.stages().get(0);
    }

    private static void awaitQuietly(Thread thread, Duration wait) {
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void runToEnd(Thread thread) {
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
