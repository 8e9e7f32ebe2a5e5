package org.embedcrm.examples.docs;

import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;

/** The plugin factory of {@code docs/plugins.md} that hands a provider the host built itself to a {@code Crm}. */
public record HostPlugin<P>(String id, Class<P> providerType, P provider) implements PluginFactory<P> {

    @Override
    public P create(PluginContext context) {
        return provider; // made by the host; Crm.close() still closes it when it is AutoCloseable
    }
}
