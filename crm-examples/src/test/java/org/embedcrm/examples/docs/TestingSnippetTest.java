package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;
import static org.embedcrm.testkit.generator.QuickTheoriesGenerators.gen;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.LocalDate;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.shared.Money;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.generator.CrmGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/testing.md} but the contract one (see {@link TestingContractSnippetTest}). */
@DisplayName("docs/testing.md")
class TestingSnippetTest {

    @Nested
    class WonDealsTest {

        private final CrmFixture fixture = CrmFixture.inMemory();
        private final Crm crm = fixture.crm();

        @Test
        @DisplayName("a deal won two days after it was opened closes on that day and is announced once")
        void wonDeal() {
            Pipeline sales = aPipeline().createIn(crm);
            Deal deal = aDeal().in(sales).worth("5000.00", "EUR").assignedTo("bob").openIn(crm);

            fixture.clock().advance(Duration.ofDays(2));
            Deal won = crm.deals().move(MoveDeal.to(deal.id(), stage(sales, "Won").id()));

            assertThat(won).isIn(stage(sales, "Won")).isClosedOn(LocalDate.of(2026, 3, 4));
            assertThat(fixture.events().eventsOf(DealWon.class)).singleElement()
                    .extracting(DealWon::value).isEqualTo(Money.of("5000.00", "EUR"));
            assertThatCrmError(() -> crm.pipelines().removeStage(sales.id(), stage(sales, "Won").id()))
                    .isA(RuleViolationException.class).hasCode("stage.has-deals");
        }
    }

    @Nested
    class CompanyContactsTest {

        private final Crm crm = CrmFixture.inMemory().crm();

        @Test
        @DisplayName("a company a person works at is archived, not deleted")
        void companyWithPeople() {
            Contact company = crm.contacts().create(aCompany().country("BE").build());
            Contact ada = crm.contacts().create(aPerson().starRating(3).build());
            crm.contacts().linkToCompany(ada.id(), company.id(), "CTO");

            assertThatCrmError(() -> crm.contacts().delete(company.id()))
                    .isA(RuleViolationException.class).hasCode("contact.has-linked-records");
            assertThat(crm.contacts().archive(company.id()).isArchived()).isTrue();
        }
    }

    @Test
    @DisplayName("generated stage names and colours are stored as given, through the QuickTheories adapter")
    void properties() {
        qt().withExamples(200).forAll(gen(CrmGenerators.names()), gen(CrmGenerators.colors()))
                .checkAssert((name, color) -> {
                    Crm crm = CrmFixture.inMemory().crm();
                    Pipeline pipeline = crm.pipelines().create(CreatePipeline.named("Sales"));
                    pipeline = crm.pipelines().addStage(AddStage.to(pipeline.id(), name).colored(color.hex()));
                    assertThat(pipeline.stages()).singleElement().satisfies(stage -> {
                        assertThat(stage.name()).isEqualTo(name.strip());
                        assertThat(stage.color()).isEqualTo(color);
                    });
                });
    }
}
