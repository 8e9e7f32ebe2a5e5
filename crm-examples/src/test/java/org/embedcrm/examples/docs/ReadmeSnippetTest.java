package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The embedding snippet of the repository's {@code README.md}, on an in-memory H2 database. */
@DisplayName("README.md")
class ReadmeSnippetTest {

    @Test
    @DisplayName("the embedding snippet wires a Crm, opens a deal in a new pipeline and draws its board")
    void embedding() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        JpaCrmStore store = JpaCrmStore.standalone(dataSource); // migrates EmbedCRM's tables, then starts Hibernate
        Crm crm = Crm.builder()
                .store(store)
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .listener(event -> System.out.println("committed: " + event))
                .build();

        Pipeline sales = crm.pipelines().create(CreatePipeline.named("Sales"));
        sales = crm.pipelines().addStage(AddStage.to(sales.id(), "Lead").asDefault().withProbability(10));
        Deal deal = crm.deals().open(OpenDeal.in(sales.id(), "Acme ERP rollout").worth(Money.of("48000.00", "EUR")));
        Board board = crm.deals().board(sales.id());

        assertThat(deal.terms().probability().percent()).isEqualTo(10);
        assertThat(board.columns()).singleElement().satisfies(column -> {
            assertThat(column.dealCount()).isEqualTo(1);
            assertThat(column.totals()).containsExactly(Money.of("48000", "EUR"));
        });
        assertThat(board.columns().get(0).cards()).extracting(card -> card.id()).containsExactly(deal.id());
        store.close();
    }
}
