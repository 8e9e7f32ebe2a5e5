package org.embedcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.ActivityCategories;
import org.embedcrm.core.activity.AuditTrail;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.Reminders;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.lead.LeadSources;
import org.embedcrm.core.lead.LeadStatuses;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactStatuses;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.CustomerGroups;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.einvoicing.PeppolStatuses;
import org.embedcrm.core.merge.ContactCandidates;
import org.embedcrm.core.merge.Tombstones;
import org.embedcrm.core.outbox.Outbox;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.report.Objectives;
import org.embedcrm.core.report.Reports;
import org.embedcrm.core.report.Teams;
import org.embedcrm.core.preference.TenantPreferences;
import org.embedcrm.core.scoring.HealthScores;
import org.embedcrm.persistence.jpa.internal.JpaContactCandidates;
import org.embedcrm.persistence.jpa.internal.JpaHealthScores;
import org.embedcrm.persistence.jpa.internal.JpaPreferences;
import org.embedcrm.persistence.jpa.internal.JpaObjectives;
import org.embedcrm.persistence.jpa.internal.JpaOutbox;
import org.embedcrm.persistence.jpa.internal.JpaPeppolStatuses;
import org.embedcrm.persistence.jpa.internal.JpaTombstones;
import org.embedcrm.persistence.jpa.internal.JpaReports;
import org.embedcrm.persistence.jpa.internal.JpaRepositories;
import org.embedcrm.persistence.jpa.internal.JpaTeams;
import org.embedcrm.persistence.jpa.internal.Mappings;
import org.embedcrm.persistence.jpa.internal.Migrations;
import org.embedcrm.persistence.jpa.internal.ThreadBoundTransactions;

/**
 * EmbedCRM's records in a relational database (H2, PostgreSQL or MariaDB 10.7+) through Jakarta Persistence and
 * Hibernate: the {@link CrmStore} to hand to {@code Crm.builder().store(...)}.
 *
 * <p>It runs either {@linkplain #standalone standalone}, owning its entity manager factory and transactions, or
 * {@linkplain #hosted hosted} in the host's persistence unit and transactions. Either way its repositories raise
 * only {@link org.embedcrm.core.error.CrmException}s: a unique key taken by a concurrent writer becomes a
 * {@link org.embedcrm.core.error.ConflictException} with the key's code, a stale version one with code
 * {@code stale-version}, any other database failure a {@link org.embedcrm.core.error.StoreException}. Thread-safe.
 */
public final class JpaCrmStore implements CrmStore, AutoCloseable {

    private final Transactions transactions;
    private final JpaRepositories repositories;
    private final EntityManagerFactory ownedFactory;
    private final Outbox outbox;
    private final PeppolStatuses peppolStatuses;
    private final Tombstones tombstones;
    private final ContactCandidates contactCandidates;
    private final Reports reports;
    private final Teams teams;
    private final Objectives objectives;
    private final HealthScores healthScores;
    private final TenantPreferences preferences;

    private JpaCrmStore(Supplier<EntityManager> entityManagers, Transactions transactions,
                        EntityManagerFactory ownedFactory) {
        this.transactions = transactions;
        this.repositories = JpaRepositories.over(entityManagers, transactions);
        this.ownedFactory = ownedFactory;
        this.outbox = new JpaOutbox(entityManagers, transactions);
        this.peppolStatuses = new JpaPeppolStatuses(entityManagers, transactions);
        this.tombstones = new JpaTombstones(entityManagers, transactions);
        this.contactCandidates = new JpaContactCandidates(entityManagers, transactions);
        this.reports = new JpaReports(entityManagers, transactions);
        this.teams = new JpaTeams(entityManagers, transactions);
        this.objectives = new JpaObjectives(entityManagers, transactions);
        this.healthScores = new JpaHealthScores(entityManagers, transactions);
        this.preferences = new JpaPreferences(entityManagers, transactions);
    }

    /**
     * Migrates the database and opens a store with its own entity manager factory and default settings; the same
     * as {@code builder(dataSource).build()}.
     *
     * @param dataSource the database; never null. The store borrows connections from it and never closes it.
     * @return a store to {@linkplain #close() close} when the application stops
     */
    public static JpaCrmStore standalone(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * @param dataSource the database; never null. The store borrows connections from it and never closes it.
     * @return a builder for a standalone store
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Opens a store inside the host's persistence unit (which must list {@link #managedClassNames()}) and the
     * host's transactions; the host migrates its database with {@link #migrate(DataSource)}.
     *
     * @param currentEntityManager yields the entity manager bound to the host's current transaction (for instance
     *                             a container-managed shared {@code EntityManager}); never null
     * @param hostTransactions     the host's transactions, which must join the transaction active on the calling
     *                             thread and expose that transaction's entity manager; never null
     * @return a store whose {@link #close()} does nothing
     */
    public static JpaCrmStore hosted(Supplier<EntityManager> currentEntityManager, Transactions hostTransactions) {
        return new JpaCrmStore(Objects.requireNonNull(currentEntityManager, "currentEntityManager"),
                Objects.requireNonNull(hostTransactions, "hostTransactions"), null);
    }

    /** @return the fully qualified names of the entity classes a host adds to its persistence unit; never null */
    public static List<String> managedClassNames() {
        return Mappings.entityClassNames();
    }

    /**
     * Creates or updates EmbedCRM's tables with Flyway, recording them in a history table of their own
     * ({@code embedcrm_schema_history}) so that it never interferes with the host's migrations. Does nothing when
     * the tables are current.
     *
     * @param dataSource the database; never null
     * @throws org.embedcrm.core.error.CrmException when the database is not supported or a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Migrations.migrate(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Pipelines pipelines() {
        return repositories.pipelines();
    }

    @Override
    public Deals deals() {
        return repositories.deals();
    }

    @Override
    public LostReasons lostReasons() {
        return repositories.lostReasons();
    }

    @Override
    public Contacts contacts() {
        return repositories.contacts();
    }

    @Override
    public Tags tags() {
        return repositories.tags();
    }

    @Override
    public ContactStatuses contactStatuses() {
        return repositories.contactStatuses();
    }

    @Override
    public CustomerGroups customerGroups() {
        return repositories.customerGroups();
    }

    @Override
    public Relationships relationships() {
        return repositories.relationships();
    }

    @Override
    public Leads leads() {
        return repositories.leads();
    }

    @Override
    public LeadStatuses leadStatuses() {
        return repositories.leadStatuses();
    }

    @Override
    public LeadSources leadSources() {
        return repositories.leadSources();
    }

    @Override
    public Interactions interactions() {
        return repositories.interactions();
    }

    @Override
    public Activities activities() {
        return repositories.activities();
    }

    @Override
    public Reminders reminders() {
        return repositories.reminders();
    }

    @Override
    public ActivityCategories activityCategories() {
        return repositories.activityCategories();
    }

    @Override
    public AuditTrail auditTrail() {
        return repositories.auditTrail();
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public PeppolStatuses peppolStatuses() {
        return peppolStatuses;
    }

    @Override
    public Tombstones tombstones() {
        return tombstones;
    }

    @Override
    public ContactCandidates contactCandidates() {
        return contactCandidates;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public Teams teams() {
        return teams;
    }

    @Override
    public Objectives objectives() {
        return objectives;
    }

    @Override
    public HealthScores healthScores() {
        return healthScores;
    }

    @Override
    public TenantPreferences preferences() {
        return preferences;
    }

    /** Closes the entity manager factory of a standalone store; does nothing for a hosted one. */
    @Override
    public void close() {
        if (ownedFactory != null && ownedFactory.isOpen()) {
            ownedFactory.close();
        }
    }

    /** Configures a standalone {@link JpaCrmStore}. Not thread-safe; use it once, at start-up. */
    public static final class Builder {

        private final DataSource dataSource;
        private final Map<String, Object> properties = new HashMap<>();
        private boolean migrate = true;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * @param name  a Hibernate or Jakarta Persistence property, e.g. {@code hibernate.hbm2ddl.auto}; never null
         * @param value its value; never null
         * @return this builder
         */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param value whether {@link #build()} first migrates the database (default: true)
         * @return this builder
         */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /**
         * @return a store with its own entity manager factory, to {@linkplain JpaCrmStore#close() close} when the
         *         application stops
         * @throws org.embedcrm.core.error.CrmException when the migration or the start of Hibernate fails
         */
        public JpaCrmStore build() {
            if (migrate) {
                Migrations.migrate(dataSource);
            }
            EntityManagerFactory factory = Mappings.entityManagerFactory(dataSource, properties);
            ThreadBoundTransactions transactions = new ThreadBoundTransactions(factory);
            return new JpaCrmStore(transactions::currentEntityManager, transactions, factory);
        }
    }
}
