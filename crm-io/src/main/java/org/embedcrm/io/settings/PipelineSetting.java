package org.embedcrm.io.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A pipeline of the settings document with its stages; the list's order is the pipelines' display order.
 *
 * @param name        1 to 100 characters, unique regardless of case
 * @param description up to 2000 characters, or null
 * @param active      whether new deals may be opened in it
 * @param isDefault   whether it is the tenant's default pipeline: exactly one of the list, and active
 * @param stages      its stages in order; null reads as none
 */
public record PipelineSetting(String name, String description, boolean active,
                              @JsonProperty("default") boolean isDefault, List<StageSetting> stages) {

    /** Copies the stages. */
    public PipelineSetting {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
