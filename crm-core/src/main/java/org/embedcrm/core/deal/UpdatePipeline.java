package org.embedcrm.core.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: change a pipeline's name, description or active flag. Start from {@link #of(Pipeline)}.
 *
 * @param pipeline        the pipeline; never null
 * @param name            1 to 100 characters, unique in the tenant regardless of case
 * @param description     up to 2000 characters, or null
 * @param active          whether new deals may be opened in it
 * @param expectedVersion the version the caller edited, or null to skip that check
 */
public record UpdatePipeline(@NotNull PipelineId pipeline,
                             @NotBlank @Size(max = Pipeline.NAME_MAX) String name,
                             @Size(max = Pipeline.DESCRIPTION_MAX) String description,
                             boolean active, Long expectedVersion) {

    /**
     * @param current the pipeline as read; never null
     * @return a command that keeps every field and expects the version read
     */
    public static UpdatePipeline of(Pipeline current) {
        return new UpdatePipeline(current.id(), current.name(), current.description(), current.isActive(),
                current.version());
    }

    /**
     * @param newName the new name
     * @return this command with that name
     */
    public UpdatePipeline renamed(String newName) {
        return new UpdatePipeline(pipeline, newName, description, active, expectedVersion);
    }

    /**
     * @param text the description, or null
     * @return this command with that description
     */
    public UpdatePipeline describedAs(String text) {
        return new UpdatePipeline(pipeline, name, text, active, expectedVersion);
    }

    /**
     * @param value whether it is active
     * @return this command with that flag
     */
    public UpdatePipeline active(boolean value) {
        return new UpdatePipeline(pipeline, name, description, value, expectedVersion);
    }
}
