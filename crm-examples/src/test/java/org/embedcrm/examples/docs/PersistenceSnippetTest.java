package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/persistence.md}, on in-memory H2 databases. */
@DisplayName("docs/persistence.md")
class PersistenceSnippetTest {

    private final DataSource dataSource = h2();
    private final ExecutionContext context = ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice"));

    @Test
    @DisplayName("a standalone store built with properties, on a schema migrated beforehand")
    void standalone() throws SQLException {
        JpaCrmStore.migrate(dataSource);
        JpaCrmStore store = JpaCrmStore.builder(dataSource)
                .property("hibernate.hbm2ddl.auto", "validate") // check the mappings against the tables at start-up
                .migrate(false)                                 // the schema was migrated at deployment
                .build();

        try (store) {
            Crm crm = Crm.builder().store(store).context(context).build();
            crm.pipelines().create(CreatePipeline.named("Sales"));
            assertThatCrmError(() -> crm.pipelines().create(CreatePipeline.named("SALES")))
                    .isA(ConflictException.class).hasCode("pipeline.name-taken");
        }
        assertThat(tables()).contains("embedcrm_schema_history");
    }

    @Test
    @DisplayName("a hosted store joins the host's transaction: committed and rolled back with it, events after its commit")
    void hosted() throws ClassNotFoundException {
        List<DomainEvent> delivered = new ArrayList<>();

        JpaCrmStore.migrate(dataSource);

        PersistenceConfiguration unit = new PersistenceConfiguration("host")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("jakarta.persistence.nonJtaDataSource", dataSource);
        for (String entity : JpaCrmStore.managedClassNames()) {
            unit.managedClass(Class.forName(entity));
        }
        EntityManagerFactory factory = unit.createEntityManagerFactory();

        HostTransactions transactions = new HostTransactions(factory);
        JpaCrmStore store = JpaCrmStore.hosted(transactions::currentEntityManager, transactions);
        Crm crm = Crm.builder().store(store).context(context).listener(delivered::add).build();

        Deal deal = transactions.inTransaction(() -> {
            Pipeline sales = crm.pipelines().create(CreatePipeline.named("Sales"));
            crm.pipelines().addStage(AddStage.to(sales.id(), "Lead"));
            // ... the host's own writes, committed or rolled back together with EmbedCRM's ...
            return crm.deals().open(OpenDeal.in(sales.id(), "Acme ERP rollout"));
        });

        assertThat(delivered).singleElement().isInstanceOf(DealCreated.class);
        assertThat(crm.deals().get(deal.id()).terms().title()).isEqualTo("Acme ERP rollout");
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            crm.deals().open(OpenDeal.in(deal.pipeline(), "Globex support"));
            throw new IllegalStateException("the host's own work failed");
        })).hasMessage("the host's own work failed");
        assertThat(crm.deals().board(deal.pipeline()).columns().get(0).dealCount()).isEqualTo(1);
        assertThat(delivered).hasSize(1);
        factory.close();
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:persistence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
