package org.embedcrm.plugin.mailchimp.internal;

import java.util.function.Function;
import org.embedcrm.spi.plugin.PluginContext;

/**
 * Reads one plugin's settings and turns every problem into an {@link IllegalArgumentException} that names the
 * setting. The rejected value is never repeated, since one of the settings is a secret.
 */
final class SettingReader {

    private final PluginContext context;

    SettingReader(PluginContext context) {
        this.context = context;
    }

    /**
     * @param name the setting's name without the plugin prefix; never null
     * @return its full name as the host writes it, e.g. {@code mailchimp.api-key}; never null
     */
    String name(String name) {
        return context.pluginId() + "." + name;
    }

    /**
     * @param name         the setting's name without the plugin prefix; never null
     * @param defaultValue the text used when the host did not set it; null when the setting is required
     * @param parser       turns the text into the value, throwing {@link IllegalArgumentException}; never null
     * @param <T>          the value's type
     * @return the value; never null
     */
    <T> T parsed(String name, String defaultValue, Function<String, T> parser) {
        String text = defaultValue == null ? context.requiredSetting(name)
                : context.setting(name).orElse(defaultValue);
        if (text.isBlank() && defaultValue == null) {
            throw new IllegalArgumentException("setting " + name(name) + " must not be blank");
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + name(name) + " " + e.getMessage(), e);
        }
    }

    /** @return the setting as a whole number within {@code [min, max]}, or the default when it is not set */
    int number(String name, int defaultValue, int min, int max) {
        return parsed(name, Integer.toString(defaultValue), text -> {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
        });
    }

    /** @return the setting as {@code true} or {@code false}, or the default when it is not set */
    boolean flag(String name, boolean defaultValue) {
        return parsed(name, Boolean.toString(defaultValue), text -> switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        });
    }
}
