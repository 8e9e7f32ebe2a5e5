package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.embedcrm.core.error.StoreException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** The entity classes EmbedCRM maps, and the persistence unit it builds from them when it runs standalone. */
public final class Mappings {

    private static final List<Class<?>> ENTITIES = List.of(PipelineEntity.class, StageEntity.class,
            DealEntity.class, StageChangeEntity.class, LostReasonEntity.class, ContactEntity.class, TagEntity.class,
            ContactStatusEntity.class, CustomerGroupEntity.class, RelationshipTypeEntity.class,
            RelationshipEntity.class, LeadStatusEntity.class, LeadSourceEntity.class, LeadEntity.class,
            OutboxEntryEntity.class, PeppolStatusEntity.class, ActivityCategoryEntity.class, ActivityEntity.class,
            TeamEntity.class, ObjectiveEntity.class, HealthScoreEntity.class,
            ReminderEntity.class, InteractionEntity.class, AuditEntryEntity.class, TombstoneEntity.class,
            PreferencesEntity.class);

    private Mappings() {
    }

    /** @return the fully qualified names of the entity classes, for a host's own persistence unit */
    public static List<String> entityClassNames() {
        return ENTITIES.stream().map(Class::getName).toList();
    }

    /**
     * @param dataSource the database; never null
     * @param properties further Hibernate or Jakarta Persistence properties, overriding ours; never null
     * @return a new entity manager factory over the mapped entities, with resource-local transactions
     * @throws org.embedcrm.core.error.CrmException when Hibernate cannot start, e.g. the schema does not match
     */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource, Map<String, Object> properties) {
        try {
            return new HibernatePersistenceConfiguration("embedcrm")
                    .managedClasses(ENTITIES)
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                    // The core validates every command; a second pass on the entities would only cost time.
                    .validationMode(ValidationMode.NONE)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                    .properties(properties)
                    .createEntityManagerFactory();
        } catch (PersistenceException e) {
            throw new StoreException(StoreException.FAILED,
                    "Hibernate could not start over EmbedCRM's tables: " + e.getMessage(), e);
        }
    }
}
