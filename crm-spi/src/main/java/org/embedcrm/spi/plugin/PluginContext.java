package org.embedcrm.spi.plugin;

import java.time.Clock;
import java.util.Optional;

/**
 * What a {@link PluginFactory} gets to create its provider: the settings the host gave for this plugin and the
 * clock of the {@code Crm}.
 */
public interface PluginContext {

    /** @return the id of the plugin being created; never null */
    String pluginId();

    /**
     * @param name a setting's name without the plugin prefix, e.g. {@code api-key}; never null
     * @return its value when the host set {@code <pluginId>.<name>}; never null
     */
    Optional<String> setting(String name);

    /**
     * @param name a required setting's name; never null
     * @return its value; never null
     * @throws IllegalArgumentException when the host did not set it
     */
    default String requiredSetting(String name) {
        return setting(name).orElseThrow(() -> new IllegalArgumentException(
                "plugin " + pluginId() + " needs the setting " + pluginId() + "." + name));
    }

    /** @return the clock of the {@code Crm}; never null */
    Clock clock();
}
