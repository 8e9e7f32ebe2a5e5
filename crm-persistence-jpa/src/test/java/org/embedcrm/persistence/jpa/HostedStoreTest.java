package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.RecordingEventListener;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a store hosted in the host's own persistence unit and transactions, on H2")
class HostedStoreTest {

    private static EntityManagerFactory hostFactory;

    private final TenantId tenant = CrmFixture.freshTenant();
    private final RecordingEventListener events = new RecordingEventListener();
    private HostTransactions host;
    private JpaCrmStore store;
    private Crm crm;
    private Pipeline sales;

    /** The host migrates with our Flyway set-up and lists our entities in a persistence unit of its own. */
    @BeforeAll
    static void startHost() throws ClassNotFoundException {
        DataSource dataSource = Databases.h2();
        JpaCrmStore.migrate(dataSource);
        HibernatePersistenceConfiguration unit = new HibernatePersistenceConfiguration("host")
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property("hibernate.hbm2ddl.auto", "validate");
        for (String name : JpaCrmStore.managedClassNames()) {
            unit.managedClass(Class.forName(name));
        }
        hostFactory = unit.createEntityManagerFactory();
    }

    @AfterAll
    static void stopHost() {
        hostFactory.close();
    }

    @BeforeEach
    void wireCrm() {
        host = new HostTransactions(hostFactory);
        store = JpaCrmStore.hosted(host::currentEntityManager, host);
        crm = Crm.builder().store(store).context(ExecutionContext.fixed(tenant, UserRef.of("alice")))
                .listener(events).build();
        sales = inHostTransaction(() -> aPipeline().createIn(crm));
        events.clear();
    }

    @Test
    @DisplayName("a deal opened in a transaction the host rolls back is gone, and no event is published")
    void hostRollback() {
        host.begin();
        Deal deal = aDeal().in(sales).openIn(crm);
        host.rollback();

        assertThat(stored(deal)).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    @DisplayName("a deal opened in a transaction the host commits is kept, and its events follow the commit")
    void hostCommit() {
        host.begin();
        Deal deal = aDeal().in(sales).openIn(crm);
        assertThat(events.events()).as("published before the host committed").isEmpty();
        host.commit();

        assertThat(stored(deal)).hasValueSatisfying(d -> assertThat(d.terms()).isEqualTo(deal.terms()));
        assertThat(events.eventsOf(DealCreated.class)).extracting(DealCreated::deal).containsExactly(deal.id());
    }

    @Test
    @DisplayName("a search for duplicates in the host's transaction finds them and adds nothing to the host's"
            + " persistence context")
    void duplicateSearch() {
        host.begin();
        Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith").phone("+32 470 11 22 33")
                .email("ann@smith.example").build());
        Contact anne = crm.contacts().create(ContactInput.person("Anne", "Smith").phone("+32470112233")
                .email("anne.smith@gmail.com").build());
        for (int i = 0; i < 20; i++) {
            crm.contacts().create(aPerson().build());
        }
        Session hostSession = host.currentEntityManager().unwrap(Session.class);
        int managedBefore = hostSession.getStatistics().getEntityCount();

        DuplicateReport report = crm.duplicates().find(ContactFilter.activeContacts(),
                DuplicateCriteria.persons().withDefaultRegion("BE"));

        assertThat(hostSession.getStatistics().getEntityCount()).isEqualTo(managedBefore);
        host.commit();
        assertThat(report.pairs()).extracting(pair -> Set.of(pair.first().value(), pair.second().value()))
                .contains(Set.of(ann.id().toString(), anne.id().toString()));
    }

    @Test
    @DisplayName("closing a hosted store leaves the host's entity manager factory open")
    void closeLeavesHostFactory() {
        store.close();

        assertThat(hostFactory.isOpen()).isTrue();
        assertThat(inHostTransaction(() -> crm.pipelines().get(sales.id()).name())).isEqualTo(sales.name());
    }

    private Optional<Deal> stored(Deal deal) {
        return inHostTransaction(() -> store.deals().find(tenant, deal.id()));
    }

    private <T> T inHostTransaction(Supplier<T> work) {
        host.begin();
        try {
            T result = work.get();
            host.commit();
            return result;
        } catch (RuntimeException e) {
            host.rollback();
            throw e;
        }
    }
}
