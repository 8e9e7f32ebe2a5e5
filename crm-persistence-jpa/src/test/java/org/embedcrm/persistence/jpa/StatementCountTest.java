package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the SQL statements a board costs on H2")
class StatementCountTest {

    private static final StatementCounter statements = new StatementCounter();

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2)
            .with("hibernate.session_factory.statement_inspector", statements);

    @Test
    @DisplayName("a board move reads the deal, reads the pipeline with its stages in one join, updates the deal "
            + "and appends its history: 4 statements, with 1 deal in the pipeline as with 50")
    void boardMove() {
        List<String> withOneDeal = boardMoveIn(pipelineWithDeals(1));
        List<String> withFiftyDeals = boardMoveIn(pipelineWithDeals(50));

        System.out.println("board move: " + withOneDeal.size() + " statements (1 deal), "
                + withFiftyDeals.size() + " statements (50 deals)");
        assertThat(withOneDeal).containsExactly("select", "select", "update", "insert");
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
