package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/getting-started.md}, in order, on an in-memory H2 database. */
@DisplayName("docs/getting-started.md")
class GettingStartedSnippetTest {

    @Test
    @DisplayName("wires a Crm on a DataSource, creates a pipeline, opens and moves a deal and reads the board")
    void walkThrough() {
        DataSource dataSource = connectionPool();               // any javax.sql.DataSource: HikariCP, your container's, H2's
        JpaCrmStore store = JpaCrmStore.standalone(dataSource); // brings the schema up to date, then starts Hibernate
        Crm crm = Crm.builder()
                .store(store)
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .listener(event -> System.out.println("committed: " + event))
                .build();

        Pipeline sales = crm.pipelines().create(CreatePipeline.named("Sales"));
        PipelineId id = sales.id();
        crm.pipelines().addStage(AddStage.to(id, "Lead").asDefault().withProbability(10));
        crm.pipelines().addStage(AddStage.to(id, "Qualified").withProbability(25));
        crm.pipelines().addStage(AddStage.to(id, "Proposal").withProbability(50));
        crm.pipelines().addStage(AddStage.to(id, "Won").asWon().colored("#2E7D32"));
        sales = crm.pipelines().addStage(AddStage.to(id, "Lost").asLost().colored("#C62828"));

        assertThat(sales.isDefault()).isTrue();
        assertThat(sales.stages()).extracting(Stage::name)
                .containsExactly("Lead", "Qualified", "Proposal", "Won", "Lost");

        Deal deal = crm.deals().open(OpenDeal.in(sales.id(), "Acme ERP rollout")
                .worth(Money.of("48000.00", "EUR"))
                .assignedTo(UserRef.of("bob"))
                .closingOn(LocalDate.of(2026, 4, 30)));

        Stage qualified = sales.stages().get(1);
        deal = crm.deals().move(MoveDeal.to(deal.id(), qualified.id()).expectingVersion(deal.version()));

        assertThat(deal.stage()).isEqualTo(qualified.id());
        assertThat(deal.terms().probability().percent()).as("the entry stage's probability").isEqualTo(10);
        assertThat(crm.deals().stageHistory(deal.id()).get(0).to()).as("the stage it was opened in")
                .isEqualTo(sales.stages().get(0).id());

        Board board = crm.deals().board(sales.id());
        for (BoardColumn column : board.columns()) {
            System.out.println(column.stage().name() + ": " + column.dealCount() + " deal(s), " + column.totals());
            for (DealCard card : column.cards()) {
                System.out.println("    " + card.title() + ", " + card.value() + ", " + card.assignee());
            }
        }

        assertThat(board.columns()).extracting(BoardColumn::dealCount).containsExactly(0L, 1L, 0L, 0L, 0L);
        assertThat(board.columns().get(1).totals()).containsExactly(Money.of("48000", "EUR"));
        assertThat(board.columns().get(1).cards()).singleElement()
                .satisfies(card -> assertThat(card.assignee()).isEqualTo(UserRef.of("bob")));

        store.close();
    }

    private static DataSource connectionPool() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:getting-started-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
