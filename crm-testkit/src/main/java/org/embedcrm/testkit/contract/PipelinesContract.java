package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.deal.UpdatePipeline;
import org.embedcrm.core.deal.UpdateStage;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.StoreException;
import org.embedcrm.core.shared.Permission;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.assertion.CrmAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.deal.Pipelines} port, exercised through the pipeline commands. */
public abstract class PipelinesContract extends StoreContract {

    @Nested
    @DisplayName("creating pipelines")
    class Creating {

        @Test
        @DisplayName("the tenant's first pipeline becomes the default, the next ones do not")
        void firstIsDefault() {
            Pipeline first = crm().pipelines().create(CreatePipeline.named("Enterprise"));
            Pipeline second = crm().pipelines().create(CreatePipeline.named("SMB"));

            assertThat(first.isDefault()).isTrue();
            assertThat(second.isDefault()).isFalse();
            assertThat(crm().pipelines().defaultPipeline()).map(Pipeline::id).contains(first.id());
        }

        @Test
        @DisplayName("making another pipeline the default clears the previous default")
        void newDefaultClearsOld() {
            Pipeline first = crm().pipelines().create(CreatePipeline.named("Enterprise"));
            Pipeline second = crm().pipelines().create(CreatePipeline.named("SMB").asDefault());
            Pipeline third = crm().pipelines().create(CreatePipeline.named("Partner"));

            crm().pipelines().makeDefault(third.id());

            assertThat(crm().pipelines().all()).filteredOn(Pipeline::isDefault).extracting(Pipeline::id)
                    .containsExactly(third.id());
            assertThat(crm().pipelines().get(first.id()).isDefault()).isFalse();
            assertThat(crm().pipelines().get(second.id()).isDefault()).isFalse();
        }

        @Test
        @DisplayName("a pipeline name is unique regardless of case and surrounding spaces")
        void namesUnique() {
            crm().pipelines().create(CreatePipeline.named("Enterprise Sales"));

            assertThatCrmError(() -> crm().pipelines().create(CreatePipeline.named("  enterprise SALES ")))
                    .isA(ConflictException.class).hasCode("pipeline.name-taken");
            assertThat(crm().pipelines().all()).hasSize(1);
        }

        @Test
        @DisplayName("every invalid field is reported at once")
        void allViolationsAtOnce() {
            String tooLong = "x".repeat(Pipeline.DESCRIPTION_MAX + 1);

            assertThatCrmError(() -> crm().pipelines().create(new CreatePipeline(" ", tooLong, true, false)))
                    .hasCode("validation.failed").reportsFields("name", "description");
        }

        @Test
        @DisplayName("name, description and flags are stored as given and can be changed")
        void storesAndUpdatesFields() {
            Pipeline created = crm().pipelines().create(
                    CreatePipeline.named("Partner Channel").describedAs("Deals through resellers"));
            crm().pipelines().create(CreatePipeline.named("Other").inactive());

            Pipeline updated = crm().pipelines().update(UpdatePipeline.of(created).renamed("Partners")
                    .describedAs("Resellers and agents"));

            Pipeline read = crm().pipelines().get(created.id());
            assertThat(read.name()).isEqualTo("Partners");
            assertThat(read.description()).isEqualTo("Resellers and agents");
            assertThat(read.isActive()).isTrue();
            assertThat(read.version()).isEqualTo(updated.version()).isGreaterThan(created.version());
            assertThat(crm().pipelines().all()).extracting(Pipeline::name, Pipeline::isActive)
                    .contains(org.assertj.core.groups.Tuple.tuple("Other", false));
        }

        @Test
        @DisplayName("an update based on a stale version is refused")
        void staleUpdateRefused() {
            Pipeline created = crm().pipelines().create(CreatePipeline.named("Enterprise"));
            crm().pipelines().update(UpdatePipeline.of(created).renamed("Enterprise 2"));

            assertThatCrmError(() -> crm().pipelines().update(UpdatePipeline.of(created).renamed("Enterprise 3")))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThat(crm().pipelines().get(created.id()).name()).isEqualTo("Enterprise 2");
        }

        @Test
        @DisplayName("the default pipeline cannot be deactivated")
        void defaultStaysActive() {
            Pipeline created = crm().pipelines().create(CreatePipeline.named("Enterprise"));

            assertThatCrmError(() -> crm().pipelines().update(UpdatePipeline.of(created).active(false)))
                    .isA(RuleViolationException.class).hasCode("pipeline.is-default");
        }
    }

    @Nested
    @DisplayName("ordering and deleting pipelines")
    class OrderingAndDeleting {

        @Test
        @DisplayName("pipelines are listed in display order, which reordering changes")
        void reorder() {
            Pipeline a = crm().pipelines().create(CreatePipeline.named("A"));
            Pipeline b = crm().pipelines().create(CreatePipeline.named("B"));
            Pipeline c = crm().pipelines().create(CreatePipeline.named("C"));

            List<Pipeline> reordered = crm().pipelines().reorder(List.of(c.id(), a.id(), b.id()));

            assertThat(reordered).extracting(Pipeline::name).containsExactly("C", "A", "B");
            assertThat(crm().pipelines().all()).extracting(Pipeline::displayOrder).containsExactly(0, 1, 2);
        }

        @Test
        @DisplayName("a new order must list every pipeline exactly once")
        void reorderNeedsEveryPipeline() {
            Pipeline a = crm().pipelines().create(CreatePipeline.named("A"));
            crm().pipelines().create(CreatePipeline.named("B"));

            assertThatCrmError(() -> crm().pipelines().reorder(List.of(a.id(), a.id())))
                    .hasCode("validation.failed");
        }

        @Test
        @DisplayName("the default pipeline cannot be deleted")
        void defaultNotDeleted() {
            Pipeline only = crm().pipelines().create(CreatePipeline.named("Only"));

            assertThatCrmError(() -> crm().pipelines().delete(only.id()))
                    .isA(RuleViolationException.class).hasCode("pipeline.is-default");
        }

        @Test
        @DisplayName("a pipeline with stages cannot be deleted")
        void withStagesNotDeleted() {
            crm().pipelines().create(CreatePipeline.named("Main"));
            Pipeline other = aPipeline().createIn(crm());

            assertThatCrmError(() -> crm().pipelines().delete(other.id()))
                    .isA(RuleViolationException.class).hasCode("pipeline.not-empty");
        }

        @Test
        @DisplayName("an empty pipeline is deleted and the others close the gap in the order")
        void deleteEmpty() {
            Pipeline a = crm().pipelines().create(CreatePipeline.named("A"));
            Pipeline b = crm().pipelines().create(CreatePipeline.named("B"));
            Pipeline c = crm().pipelines().create(CreatePipeline.named("C"));

            crm().pipelines().delete(b.id());

            assertThat(crm().pipelines().all()).extracting(Pipeline::id, Pipeline::displayOrder)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), 0),
                            org.assertj.core.groups.Tuple.tuple(c.id(), 1));
            assertThatCrmError(() -> crm().pipelines().get(b.id())).isA(NotFoundException.class)
                    .hasCode("pipeline.not-found");
        }
    }

    @Nested
    @DisplayName("stages")
    class Stages {

        @Test
        @DisplayName("stages keep their order, colour, flags and default probability")
        void storesStages() {
            Pipeline pipeline = aPipeline().createIn(crm());

            Pipeline read = crm().pipelines().get(pipeline.id());

            CrmAssertions.assertThat(read).hasStagesNamed("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost")
                    .hasDefaultStage("Lead");
            Stage won = stage(read, "Won");
            assertThat(won.won()).isTrue();
            assertThat(won.lost()).isFalse();
            assertThat(won.color()).isEqualTo(new StageColor("#2E7D32"));
            assertThat(won.defaultProbability().percent()).isEqualTo(100);
            assertThat(stage(read, "Lost").lost()).isTrue();
            assertThat(stage(read, "Qualified").color()).isNull();
        }

        @Test
        @DisplayName("a stage can be inserted at a position")
        void insertAtPosition() {
            Pipeline pipeline = aPipeline().withStages("Lead", "Won").createIn(crm());

            Pipeline read = crm().pipelines().addStage(AddStage.to(pipeline.id(), "Demo").at(1));

            CrmAssertions.assertThat(read).hasStagesNamed("Lead", "Demo", "Won");
            CrmAssertions.assertThat(crm().pipelines().get(pipeline.id())).hasStagesNamed("Lead", "Demo", "Won");
        }

        @Test
        @DisplayName("stage names are unique within a pipeline regardless of case, but may repeat across pipelines")
        void stageNamesUniquePerPipeline() {
            Pipeline first = aPipeline().createIn(crm());
            Pipeline second = aPipeline().createIn(crm());

            assertThatCrmError(() -> crm().pipelines().addStage(AddStage.to(first.id(), "PROPOSAL")))
                    .isA(ConflictException.class).hasCode("stage.name-taken");
            assertThat(stage(second, "Proposal").id()).isNotEqualTo(stage(first, "Proposal").id());
        }

        @Test
        @DisplayName("a colour must be written #RRGGBB")
        void colourValidated() {
            Pipeline pipeline = aPipeline().createIn(crm());

            assertThatCrmError(() -> crm().pipelines().addStage(AddStage.to(pipeline.id(), "Demo").colored("red")))
                    .hasCode("validation.failed").reportsFields("color");
            Pipeline read = crm().pipelines().addStage(AddStage.to(pipeline.id(), "Demo").colored("#a1b2c3"));
            assertThat(stage(read, "Demo").color().hex()).isEqualTo("#A1B2C3");
        }

        @Test
        @DisplayName("a pipeline has at most one won and one lost stage")
        void oneWonOneLost() {
            Pipeline pipeline = aPipeline().createIn(crm());

            assertThatCrmError(() -> crm().pipelines().addStage(AddStage.to(pipeline.id(), "Won again").asWon()))
                    .isA(RuleViolationException.class).hasCode("stage.won-exists");
            assertThatCrmError(() -> crm().pipelines().addStage(AddStage.to(pipeline.id(), "Lost again").asLost()))
                    .isA(RuleViolationException.class).hasCode("stage.lost-exists");
            CrmAssertions.assertThat(crm().pipelines().get(pipeline.id()))
                    .hasStagesNamed("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost");
        }

        @Test
        @DisplayName("a stage cannot be both won and lost, and a probability is 0 to 100; both are reported at once")
        void wonAndLostRefused() {
            Pipeline pipeline = aPipeline().withStages("Lead").createIn(crm());

            assertThatCrmError(() -> crm().pipelines().addStage(
                    AddStage.to(pipeline.id(), "Odd").asWon().asLost().withProbability(101)))
                    .hasCode("validation.failed").reportsFields("wonAndLost", "defaultProbability");
        }

        @Test
        @DisplayName("a new default stage clears the flag on the previous default")
        void newDefaultStage() {
            Pipeline pipeline = aPipeline().createIn(crm());

            Pipeline read = crm().pipelines().updateStage(UpdateStage.of(pipeline.id(), stage(pipeline, "Proposal"))
                    .asDefault(true));

            CrmAssertions.assertThat(read).hasDefaultStage("Proposal");
            CrmAssertions.assertThat(crm().pipelines().get(pipeline.id())).hasDefaultStage("Proposal");
        }

        @Test
        @DisplayName("a stage holding deals cannot be deleted")
        void stageWithDealsKept() {
            Pipeline pipeline = aPipeline().createIn(crm());
            aDeal().in(pipeline).inStage("Proposal").openIn(crm());

            assertThatCrmError(() -> crm().pipelines().removeStage(pipeline.id(), stage(pipeline, "Proposal").id()))
                    .isA(RuleViolationException.class).hasCode("stage.has-deals");
        }

        @Test
        @DisplayName("the default stage cannot be deleted while other stages exist, but can be when it is the last")
        void defaultStageDeletion() {
            Pipeline pipeline = aPipeline().withStages("Lead", "Won").createIn(crm());

            assertThatCrmError(() -> crm().pipelines().removeStage(pipeline.id(), stage(pipeline, "Lead").id()))
                    .isA(RuleViolationException.class).hasCode("stage.is-default");
            crm().pipelines().removeStage(pipeline.id(), stage(pipeline, "Won").id());
            Pipeline read = crm().pipelines().removeStage(pipeline.id(), stage(pipeline, "Lead").id());
            assertThat(read.stages()).isEmpty();
            assertThat(crm().pipelines().get(pipeline.id()).stages()).isEmpty();
        }

        @Test
        @DisplayName("reordering stages changes the board's columns")
        void reorderStages() {
            Pipeline pipeline = aPipeline().withStages("Lead", "Demo", "Won").createIn(crm());

            crm().pipelines().reorderStages(pipeline.id(),
                    List.of(stage(pipeline, "Demo").id(), stage(pipeline, "Lead").id(), stage(pipeline, "Won").id()));

            CrmAssertions.assertThat(crm().pipelines().get(pipeline.id())).hasStagesNamed("Demo", "Lead", "Won");
            assertThat(crm().deals().board(pipeline.id()).columns()).extracting(c -> c.stage().name())
                    .containsExactly("Demo", "Lead", "Won");
        }

        @Test
        @DisplayName("the won or lost flag of a stage holding deals cannot change")
        void outcomeLocked() {
            Pipeline pipeline = aPipeline().createIn(crm());
            aDeal().in(pipeline).inStage("Won").openIn(crm());

            assertThatCrmError(() -> crm().pipelines().updateStage(
                    UpdateStage.of(pipeline.id(), stage(pipeline, "Won")).withOutcome(false, false)))
                    .isA(RuleViolationException.class).hasCode("stage.outcome-locked");
        }
    }

    @Nested
    @DisplayName("storage")
    class Storage {

        @Test
        @DisplayName("a pipeline is invisible to other tenants")
        void tenantIsolation() {
            Pipeline pipeline = aPipeline().createIn(crm());

            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThat(crm().pipelines().all()).isEmpty();
            assertThatCrmError(() -> crm().pipelines().get(pipeline.id())).isA(NotFoundException.class);
            assertThat(fixture.inTransaction(() -> store().pipelines().find(fixture.tenant(), pipeline.id())))
                    .isEmpty();
        }

        @Test
        @DisplayName("the store itself refuses a second pipeline of the same name, even past the service's check")
        void storeBacksUniqueName() {
            Pipeline first = crm().pipelines().create(CreatePipeline.named("Enterprise"));
            Pipeline clash = copyNamed(first, "ENTERPRISE", false);

            assertThatCrmError(() -> fixture.inTransaction(() -> store().pipelines().add(clash)))
                    .isA(ConflictException.class).hasCode("pipeline.name-taken");
        }

        @Test
        @DisplayName("the store itself refuses a second default pipeline in a tenant")
        void storeBacksOneDefault() {
            Pipeline first = crm().pipelines().create(CreatePipeline.named("Enterprise"));
            Pipeline clash = copyNamed(first, "Other", true);

            assertThatCrmError(() -> fixture.inTransaction(() -> store().pipelines().add(clash)))
                    .isA(ConflictException.class).hasCode("pipeline.default-taken");
        }

        @Test
        @DisplayName("a write based on a stale version is refused by the store")
        void storeRefusesStaleVersion() {
            Pipeline created = crm().pipelines().create(CreatePipeline.named("Enterprise"));
            crm().pipelines().addStage(AddStage.to(created.id(), "Lead"));

            assertThatCrmError(() -> fixture.inTransaction(() -> store().pipelines().update(created)))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThatCrmError(() -> fixture.inTransaction(() -> {
                store().pipelines().remove(created);
                return null;
            })).isA(ConflictException.class).hasCode("stale-version");
        }

        @Test
        @DisplayName("a rolled-back transaction leaves no pipeline behind")
        void rollbackLeavesNothing() {
            Crm crm = crm();
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> fixture.inTransaction(() -> {
                crm.pipelines().create(CreatePipeline.named("Doomed"));
                throw new IllegalStateException("host fails after the command");
            }));

            assertThat(thrown).hasMessageContaining("host fails");
            assertThat(crm().pipelines().all()).isEmpty();
        }

        @Test
        @DisplayName("a command that fails inside a host transaction rolls it all back, even if the host catches the error")
        void caughtFailureStillRollsBack() {
            Crm crm = crm();
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> fixture.inTransaction(() -> {
                crm.pipelines().create(CreatePipeline.named("Kept?"));
                Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                        () -> crm.pipelines().create(CreatePipeline.named("kept?")));
                assertThat(refused).isInstanceOf(ConflictException.class);
                return null;
            }));

            assertThat(thrown).isInstanceOf(StoreException.class);
            assertThat(((StoreException) thrown).code()).isEqualTo(StoreException.ROLLED_BACK);
            assertThat(crm().pipelines().all()).isEmpty();
        }

        private Pipeline copyNamed(Pipeline original, String name, boolean isDefault) {
            Pipeline.Snapshot s = original.snapshot();
            return Pipeline.restore(new Pipeline.Snapshot(new PipelineId(java.util.UUID.randomUUID()), s.tenant(), 0,
                    name, null, true, isDefault, 1, List.of()));
        }
    }

    @Nested
    @DisplayName("authorization")
    class Authorization {

        @Test
        @DisplayName("managing pipelines needs MANAGE_PIPELINES, and a refusal changes nothing")
        void needsPermission() {
            CrmFixture guarded = CrmFixture.on(store(),
                    (actor, tenant, permission) -> permission != Permission.MANAGE_PIPELINES);

            assertThatCrmError(() -> guarded.crm().pipelines().create(CreatePipeline.named("Nope")))
                    .isA(AccessDeniedException.class).hasCode("access-denied");
            assertThat(guarded.crm().pipelines().all()).isEmpty();
        }
    }
}
