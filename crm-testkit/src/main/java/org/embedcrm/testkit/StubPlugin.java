package org.embedcrm.testkit;

import java.util.Objects;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;

/**
 * A plugin factory handing out a provider made beforehand, to register a fake on {@code Crm.builder().plugin(...)}:
 * {@code new StubPlugin<>("audience", AudienceSync.class, new RecordingAudience())}.
 *
 * @param id       the plugin's id; never null
 * @param type     the extension point; never null
 * @param provider the provider every {@link #create} returns; never null
 * @param <P>      the extension point's type
 */
public record StubPlugin<P>(String id, Class<P> type, P provider) implements PluginFactory<P> {

    /** Rejects null parts. */
    public StubPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
    }

    @Override
    public Class<P> providerType() {
        return type;
    }

    @Override
    public P create(PluginContext context) {
        return provider;
    }
}
