package org.embedcrm.io.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stage of a pipeline in the settings document; the list's order is the pipeline's.
 *
 * @param name        1 to 100 characters, unique within the pipeline regardless of case
 * @param color       {@code #RRGGBB}, or null
 * @param isDefault   whether new deals start here: at most one stage of the pipeline
 * @param won         whether it is the pipeline's won stage (at most one)
 * @param lost        whether it is the pipeline's lost stage (at most one, never also won)
 * @param probability the default win probability 0–100, or null
 */
public record StageSetting(String name, String color, @JsonProperty("default") boolean isDefault, boolean won,
                           boolean lost, Integer probability) {
}
