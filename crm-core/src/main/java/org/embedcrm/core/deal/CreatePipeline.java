package org.embedcrm.core.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: create a pipeline. Start from {@link #named(String)}.
 *
 * @param name        1 to 100 characters, unique in the tenant regardless of case
 * @param description up to 2000 characters, or null
 * @param active      whether new deals may be opened in it
 * @param makeDefault whether it becomes the default pipeline (the tenant's first pipeline always does)
 */
public record CreatePipeline(@NotBlank @Size(max = Pipeline.NAME_MAX) String name,
                             @Size(max = Pipeline.DESCRIPTION_MAX) String description,
                             boolean active, boolean makeDefault) {

    /**
     * @param name the pipeline's name
     * @return a command for an active, non-default pipeline of that name
     */
    public static CreatePipeline named(String name) {
        return new CreatePipeline(name, null, true, false);
    }

    /**
     * @param text the description, or null
     * @return this command with that description
     */
    public CreatePipeline describedAs(String text) {
        return new CreatePipeline(name, text, active, makeDefault);
    }

    /** @return this command for a pipeline that starts inactive */
    public CreatePipeline inactive() {
        return new CreatePipeline(name, description, false, makeDefault);
    }

    /** @return this command for a pipeline that becomes the default */
    public CreatePipeline asDefault() {
        return new CreatePipeline(name, description, active, true);
    }
}
