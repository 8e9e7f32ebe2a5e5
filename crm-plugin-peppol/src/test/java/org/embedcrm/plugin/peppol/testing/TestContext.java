package org.embedcrm.plugin.peppol.testing;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.spi.plugin.PluginContext;

/** The context a host would give the {@code peppol} plugin: settings set one by one, and a clock. */
public final class TestContext implements PluginContext {

    private final Map<String, String> settings = new HashMap<>();
    private final Clock clock;

    /** @param clock the clock of the {@code Crm} */
    public TestContext(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param name  a setting's name without the {@code peppol.} prefix
     * @param value its value
     * @return this context
     */
    public TestContext with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    @Override
    public String pluginId() {
        return "peppol";
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
