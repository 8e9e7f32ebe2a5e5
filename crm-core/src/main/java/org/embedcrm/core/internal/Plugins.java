package org.embedcrm.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one {@code Crm}: every {@link PluginFactory} registered on the builder or listed in
 * {@code META-INF/services/org.embedcrm.spi.plugin.PluginFactory} (a registered one wins over a discovered one with
 * the same id), created in ascending order, then by id, with the settings given for them; and providers listed
 * directly under their own interface's name, which take no settings. Closes the providers it created, in reverse.
 */
public final class Plugins implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    private final List<Object> providers = new ArrayList<>();

    /**
     * @param registered     factories registered on the builder; never null
     * @param settings       the host's plugin settings, named {@code <plugin id>.<setting>}; never null
     * @param clock          the clock of the Crm; never null
     * @param discover       whether to look for plugins with {@link ServiceLoader}
     * @param providerTypes  the extension points this version knows; never null
     * @throws IllegalArgumentException when a plugin offers an unknown extension point or refuses its settings
     */
    public Plugins(List<PluginFactory<?>> registered, Map<String, String> settings, Clock clock, boolean discover,
                   Set<Class<?>> providerTypes) {
        Map<String, PluginFactory<?>> byId = new LinkedHashMap<>();
        if (discover) {
            for (PluginFactory<?> factory : ServiceLoader.load(PluginFactory.class)) {
                byId.put(factory.id(), factory);
            }
        }
        registered.forEach(factory -> byId.put(factory.id(), factory));
        byId.values().stream()
                .sorted(Comparator.<PluginFactory<?>>comparingInt(PluginFactory::order).thenComparing(PluginFactory::id))
                .forEach(factory -> providers.add(create(factory, settings, clock, providerTypes)));
        if (discover) {
            providerTypes.forEach(type -> ServiceLoader.load(type).forEach(providers::add));
        }
    }

    private static Object create(PluginFactory<?> factory, Map<String, String> settings, Clock clock,
                                 Set<Class<?>> providerTypes) {
        if (!providerTypes.contains(factory.providerType())) {
            throw new IllegalArgumentException("plugin " + factory.id() + " offers " + factory.providerType().getName()
                    + ", which is not an extension point of this version of EmbedCRM");
        }
        Object provider = factory.create(new Context(factory.id(), settings, clock));
        if (!factory.providerType().isInstance(provider)) {
            throw new IllegalArgumentException("plugin " + factory.id() + " created " + provider + ", not a "
                    + factory.providerType().getName());
        }
        LOG.debug("plugin {} ({}) ready", factory.id(), factory.providerType().getSimpleName());
        return provider;
    }

    /**
     * @param type an extension point
     * @param <P>  its type
     * @return the providers of that extension point, in plugin order; never null
     */
    public <P> List<P> providers(Class<P> type) {
        return providers.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Closes every provider that holds resources, the last created first; failures are logged. */
    @Override
    public void close() {
        List<Object> reversed = new ArrayList<>(providers);
        Collections.reverse(reversed);
        for (Object provider : reversed) {
            if (provider instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("plugin provider {} failed to close", provider, e);
                }
            }
        }
    }

    private record Context(String pluginId, Map<String, String> settings, Clock clock) implements PluginContext {

        @Override
        public Optional<String> setting(String name) {
            return Optional.ofNullable(settings.get(pluginId + "." + name));
        }
    }
}
