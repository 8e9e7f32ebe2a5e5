package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.util.List;
import java.util.stream.IntStream;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.lead.CompanyOption;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.ConvertedLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.ContactBoardColumn;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the SQL statements a board, a contact list and a lead conversion cost on H2")
class StatementCountTest {

    private static final StatementCounter statements = new StatementCounter();

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2)
            .with("hibernate.session_factory.statement_inspector", statements);

    @Test
    @DisplayName("a board move reads the deal, reads the pipeline with its stages in one join, updates the deal, "
            + "appends its history and its audit entries: 5 statements, with 1 deal in the pipeline as with 50")
    void boardMove() {
        List<String> withOneDeal = boardMoveIn(pipelineWithDeals(1));
        List<String> withFiftyDeals = boardMoveIn(pipelineWithDeals(50));

        System.out.println("board move: " + withOneDeal.size() + " statements (1 deal), "
                + withFiftyDeals.size() + " statements (50 deals)");
        assertThat(withOneDeal).containsExactly("select", "select", "update", "insert", "insert");
        assertThat(withFiftyDeals).isEqualTo(withOneDeal);
    }

    @Test
    @DisplayName("a board reads the pipeline with its stages, the totals and the cards: 3 statements, "
            + "with 1 deal in the pipeline as with 50")
    void board() {
        List<String> withOneDeal = boardOf(pipelineWithDeals(1));
        List<String> withFiftyDeals = boardOf(pipelineWithDeals(50));

        System.out.println("board query: " + withOneDeal.size() + " statements (1 deal), "
                + withFiftyDeals.size() + " statements (50 deals)");
        assertThat(withOneDeal).containsExactly("select", "select", "select");
        assertThat(withFiftyDeals).isEqualTo(withOneDeal);
    }

    @Test
    @DisplayName("a page of contacts costs the count, the rows and one batch per kind of child row (e-mails, phones,"
            + " addresses, tags, assignees, employments): 8 statements for a page of 5 as for a page of 50")
    void contactPage() {
        Crm crm = CrmFixture.on(store.get()).crm();
        Tag vip = crm.contactSettings().defineTag("VIP", null);
        for (int i = 0; i < 60; i++) {
            crm.contacts().create(aPerson().phone("+32 470 00 00 " + (10 + i)).tag(vip.id())
                    .assignee(UserRef.of("bob")).deliveryAddress(new Address("Main street " + i, "Ghent", null, null,
                            null)).build());
        }

        List<String> pageOfFive = contactPageOf(crm, 5);
        List<String> pageOfFifty = contactPageOf(crm, 50);

        System.out.println("contact page: " + pageOfFive.size() + " statements (5 contacts), "
                + pageOfFifty.size() + " statements (50 contacts)");
        assertThat(pageOfFive).containsExactly("select", "select", "select", "select", "select", "select", "select",
                "select");
        assertThat(pageOfFifty).isEqualTo(pageOfFive);
    }

    @Test
    @DisplayName("the contact board reads the tags, the counts per status, the cards and the statuses: 4 statements,"
            + " plus one batch per kind of child row of the cards")
    void contactBoard() {
        Crm crm = CrmFixture.on(store.get()).crm();
        List<ContactStatus> statuses = List.of(crm.contactSettings().defineStatus("Lead", null),
                crm.contactSettings().defineStatus("Won", null));
        for (int i = 0; i < 30; i++) {
            crm.contacts().create(aCompany().status(statuses.get(i % 2).id()).build());
        }

        statements.reset();
        List<ContactBoardColumn> board = crm.contacts().board(10);
        List<String> kinds = statements.kinds();

        assertThat(board).extracting(column -> column.cards().size()).containsExactly(10, 10);
        assertThat(kinds).hasSize(4 + 6).containsOnly("select");
    }

    @Test
    @DisplayName("converting a lead into a new customer, a new company and a deal costs 26 statements, of which the"
            + " lead's own are 3: its read with its deals, its update and the row of its new deal; each of the four"
            + " audited writes adds one batch of audit entries")
    void leadConversion() {
        Crm crm = CrmFixture.on(store.get()).crm();
        Pipeline sales = aPipeline().createIn(crm);
        Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal")
                .contact("Jane Doe", "jane@globex.example", "0470 12 34 56").worth(Money.of("12000", "EUR"))).lead();

        statements.reset();
        ConvertedLead converted = crm.leads().convert(ConvertLead.of(lead.id(), "Jane Doe")
                .withCompany(CompanyOption.createNew("Globex")).withDeal(DealDraft.in(sales.id())));
        List<String> kinds = statements.kinds();

        System.out.println("lead conversion: " + kinds.size() + " statements " + kinds);
        assertThat(converted.lead().opportunities()).containsExactly(converted.deal().id());
        assertThat(converted.company().profile().displayName()).isEqualTo("Globex");
        assertThat(kinds).containsExactly(
                "select", "select", "select", "select", // the lead, the statuses, the two e-mail look-ups
                "insert", "insert", "insert", "insert", // the customer, e-mail, phone, audit entries
                "insert", "insert", "insert", // the company, phone, audit entries
                "select", "select", "update", "insert", "insert", // the customer's employment, audit entries
                "select", "select", "select", // the pipeline, both contacts
                "insert", "insert", "insert", // the deal, audit entries, history
                "update", "insert", "insert", // the converted lead, its deal, audit entries
                "select"); // the customer as converted
    }

    private static List<String> contactPageOf(Crm crm, int size) {
        statements.reset();
        ContactPage page = crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts()).pageOf(size));
        List<String> kinds = statements.kinds();
        assertThat(page.contacts()).hasSize(size).allSatisfy(contact -> {
            assertThat(contact.profile().phones()).hasSize(1);
            assertThat(contact.profile().deliveryAddresses()).hasSize(1);
            assertThat(contact.tags()).hasSize(1);
        });
        assertThat(page.total()).isEqualTo(60);
        return kinds;
    }

    private static List<String> boardMoveIn(SeededPipeline seeded) {
        statements.reset();
        Deal moved = seeded.crm().deals().move(
                MoveDeal.to(seeded.deals().get(0).id(), stage(seeded.pipeline(), "Proposal").id()));
        List<String> kinds = statements.kinds();
        assertThat(moved.stage()).isEqualTo(stage(seeded.pipeline(), "Proposal").id());
        return kinds;
    }

    private static List<String> boardOf(SeededPipeline seeded) {
        statements.reset();
        Board board = seeded.crm().deals().board(seeded.pipeline().id());
        List<String> kinds = statements.kinds();
        assertThat(board.columns().get(0).dealCount()).isEqualTo(seeded.deals().size());
        return kinds;
    }

    private static SeededPipeline pipelineWithDeals(int count) {
        Crm crm = CrmFixture.on(store.get()).crm();
        Pipeline pipeline = aPipeline().createIn(crm);
        List<Deal> deals = IntStream.range(0, count).mapToObj(i -> aDeal().in(pipeline).openIn(crm)).toList();
        return new SeededPipeline(crm, pipeline, deals);
    }

    private record SeededPipeline(Crm crm, Pipeline pipeline, List<Deal> deals) {
    }
}
