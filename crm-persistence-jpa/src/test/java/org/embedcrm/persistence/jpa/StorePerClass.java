package org.embedcrm.persistence.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One standalone store per test class, opened before its first test (after {@link RequiresServer} has checked
 * the server) and closed after its last; every mapping is validated against the migrated schema.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final StorePerClass store = StorePerClass.on(Databases::h2);
 * }</pre>
 */
final class StorePerClass implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<DataSource> database;
    private final Map<String, Object> properties = new HashMap<>();
    private DataSource dataSource;
    private JpaCrmStore store;

    private StorePerClass(Supplier<DataSource> database) {
        this.database = database;
    }

    static StorePerClass on(Supplier<DataSource> database) {
        return new StorePerClass(database);
    }

    StorePerClass with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dataSource = database.get();
        JpaCrmStore.Builder builder = JpaCrmStore.builder(dataSource).property("hibernate.hbm2ddl.auto", "validate");
        properties.forEach(builder::property);
        store = builder.build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (store != null) {
            store.close();
        }
    }

    JpaCrmStore get() {
        return store;
    }

    /** @return the database the store runs on, for checks in plain SQL */
    DataSource dataSource() {
        return dataSource;
    }
}
