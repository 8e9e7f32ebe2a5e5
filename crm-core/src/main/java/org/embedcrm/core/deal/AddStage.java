package org.embedcrm.core.deal;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Command: add a stage to a pipeline. Start from {@link #to(PipelineId, String)}.
 *
 * @param pipeline           the pipeline; never null
 * @param name               1 to 100 characters, unique within the pipeline regardless of case
 * @param color              {@code #RRGGBB}, or null
 * @param makeDefault        whether new deals start here (clears the flag on the previous default stage)
 * @param won                whether it is the pipeline's won stage (at most one)
 * @param lost               whether it is the pipeline's lost stage (at most one)
 * @param defaultProbability 0–100, inherited by deals opened here, or null
 * @param position           where it goes, from 0; null to append it
 */
public record AddStage(@NotNull PipelineId pipeline,
                       @NotBlank @Size(max = Stage.NAME_MAX) String name,
                       @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a colour written #RRGGBB") String color,
                       boolean makeDefault, boolean won, boolean lost,
                       @Min(0) @Max(100) Integer defaultProbability,
                       @PositiveOrZero Integer position) {

    /**
     * @param pipeline the pipeline; never null
     * @param name     the stage's name
     * @return a command for a plain stage appended to the pipeline
     */
    public static AddStage to(PipelineId pipeline, String name) {
        return new AddStage(pipeline, name, null, false, false, false, null, null);
    }

    /** @return whether both outcome flags are set, which no stage may have */
    @AssertFalse(message = "a stage cannot be both won and lost")
    public boolean isWonAndLost() {
        return won && lost;
    }

    /**
     * @param hex {@code #RRGGBB}
     * @return this command with that colour
     */
    public AddStage colored(String hex) {
        return new AddStage(pipeline, name, hex, makeDefault, won, lost, defaultProbability, position);
    }

    /** @return this command for the pipeline's default stage */
    public AddStage asDefault() {
        return new AddStage(pipeline, name, color, true, won, lost, defaultProbability, position);
    }

    /** @return this command for the pipeline's won stage */
    public AddStage asWon() {
        return new AddStage(pipeline, name, color, makeDefault, true, lost, defaultProbability, position);
    }

    /** @return this command for the pipeline's lost stage */
    public AddStage asLost() {
        return new AddStage(pipeline, name, color, makeDefault, won, true, defaultProbability, position);
    }

    /**
     * @param percent 0–100
     * @return this command with that default win probability
     */
    public AddStage withProbability(int percent) {
        return new AddStage(pipeline, name, color, makeDefault, won, lost, percent, position);
    }

    /**
     * @param index from 0
     * @return this command inserting the stage at that position
     */
    public AddStage at(int index) {
        return new AddStage(pipeline, name, color, makeDefault, won, lost, defaultProbability, index);
    }
}
