package org.embedcrm.spi.plugin;

/**
 * Creates the provider of one extension point (a {@code Notifier}, a {@code ParticipantLookup}, ...) for a
 * {@code Crm}. Every plugin ships one factory per provider it offers and lists it in
 * {@code META-INF/services/org.embedcrm.spi.plugin.PluginFactory}; a host may instead register it on
 * {@code Crm.builder().plugin(factory)}. When a discovered and a registered factory share an {@link #id()}, the
 * registered one wins.
 *
 * <p><b>Lifecycle.</b> {@code Crm.build()} calls {@link #create} once per factory, in ascending {@link #order()}
 * (ties by id); the provider lives as long as that {@code Crm}. When the provider implements
 * {@link AutoCloseable}, {@code Crm.close()} closes it, in the reverse order of creation.
 *
 * <p><b>Threading.</b> A factory is used from one thread at build time. The provider it creates is called from
 * any thread, concurrently, and must be thread-safe.
 *
 * <p><b>Evolution.</b> This interface and every provider interface grow only by {@code default} methods, so a
 * plugin compiled against an older SPI keeps working.
 *
 * @param <P> the provider interface this factory creates
 */
public interface PluginFactory<P> {

    /** @return a stable, unique, lower-case id such as {@code mailchimp}; never null */
    String id();

    /** @return the provider interface created, e.g. {@code Notifier.class}; never null */
    Class<P> providerType();

    /** @return where this provider comes among providers of the same type, lowest first; 0 by default */
    default int order() {
        return 0;
    }

    /**
     * @param context the plugin's settings and the host's clock; never null
     * @return the provider; never null
     * @throws IllegalArgumentException when a setting is missing or invalid; the message names the setting
     */
    P create(PluginContext context);
}
