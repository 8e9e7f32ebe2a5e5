package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
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
import org.embedcrm.core.lead.CompanyOption;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.FaultInjectingStore;
import org.embedcrm.testkit.generator.CrmGenerators;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
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

    @Nested
    class LeadAssignmentTest {

        private final CrmFixture fixture = CrmFixture.inMemory();
        private final Crm crm = fixture.crm();

        @Test
        @DisplayName("a lead created for bob tells bob once it is stored, and a rolled-back reassignment tells nobody")
        void assignment() {
            Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal").assignedTo(UserRef.of("bob"))).lead();
            catchThrowable(() -> fixture.inTransaction(() -> {
                crm.leads().assign(lead.id(), UserRef.of("carol"));
                throw new IllegalStateException("the host's own work fails");
            }));

            assertThat(fixture.notifications().sent()).singleElement().satisfies(notification -> {
                assertThat(notification.recipient()).isEqualTo("bob");
                assertThat(notification.kind()).isEqualTo("lead.assigned");
                assertThat(notification.attributes()).containsEntry("leadId", lead.id().toString());
            });
            assertThat(crm.leads().get(lead.id()).assignee()).isEqualTo(UserRef.of("bob"));
        }
    }

    @Test
    @DisplayName("a fault injected at the third write of a conversion leaves the lead unconverted and no contact behind")
    void faultInjection() {
        FaultInjectingStore faults = FaultInjectingStore.around(new InMemoryCrmStore());
        CrmFixture fixture = CrmFixture.on(faults.store());
        Crm crm = fixture.crm();
        Pipeline sales = aPipeline().createIn(crm);
        Lead lead = crm.leads().create(LeadInput.titled("Fleet").contact("Jane Doe", "jane@globex.example", null)).lead();

        faults.failAtWrite(3); // the conversion's third write fails; the two before it are undone
        assertThatThrownBy(() -> crm.leads().convert(ConvertLead.of(lead.id(), "Jane Doe")
                .withCompany(CompanyOption.createNew("Globex").reachableAt("info@globex.example", null))
                .withDeal(DealDraft.in(sales.id())))).isInstanceOf(FaultInjectingStore.InjectedFault.class);
        faults.heal();

        assertThat(crm.leads().get(lead.id()).isConverted()).isFalse();
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total()).isZero();
        assertThat(crm.leads().convert(ConvertLead.of(lead.id(), "Jane Doe")
                .withCompany(CompanyOption.createNew("Globex").reachableAt("info@globex.example", null))
                .withDeal(DealDraft.in(sales.id()))).deal()).isNotNull();
        assertThat(faults.writes()).isGreaterThan(3);
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
