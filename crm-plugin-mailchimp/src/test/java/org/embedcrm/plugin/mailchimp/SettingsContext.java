package org.embedcrm.plugin.mailchimp;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.spi.plugin.PluginContext;

/**
 * The context a host gives the Mailchimp plugin, with the settings given and the system clock.
 *
 * @param settings the settings by name without the {@code mailchimp.} prefix; never null
 */
public record SettingsContext(Map<String, String> settings) implements PluginContext {

    @Override
    public String pluginId() {
        return MailchimpPluginFactory.ID;
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }
}
