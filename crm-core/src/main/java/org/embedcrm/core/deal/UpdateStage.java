package org.embedcrm.core.deal;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: change a stage. Start from {@link #of(PipelineId, Stage)}. The won and lost flags of a stage holding
 * deals cannot change (those deals' close dates depend on them).
 *
 * @param pipeline           the pipeline; never null
 * @param stage              the stage; never null
 * @param name               1 to 100 characters, unique within the pipeline regardless of case
 * @param color              {@code #RRGGBB}, or null
 * @param makeDefault        whether new deals start here (clears the flag on the previous default stage)
 * @param won                whether it is the pipeline's won stage
 * @param lost               whether it is the pipeline's lost stage
 * @param defaultProbability 0–100, or null
 * @param expectedVersion    the pipeline version the caller edited, or null to skip that check
 */
public record UpdateStage(@NotNull PipelineId pipeline, @NotNull StageId stage,
                          @NotBlank @Size(max = Stage.NAME_MAX) String name,
                          @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a colour written #RRGGBB") String color,
                          boolean makeDefault, boolean won, boolean lost,
                          @Min(0) @Max(100) Integer defaultProbability,
                          Long expectedVersion) {

    /**
     * @param pipeline the stage's pipeline; never null
     * @param current  the stage as read; never null
     * @return a command that keeps every field of the stage
     */
    public static UpdateStage of(PipelineId pipeline, Stage current) {
        return new UpdateStage(pipeline, current.id(), current.name(),
                current.color() == null ? null : current.color().hex(), current.isDefault(), current.won(),
                current.lost(), current.defaultProbability() == null ? null : current.defaultProbability().percent(),
                null);
    }

    /** @return whether both outcome flags are set, which no stage may have */
    @AssertFalse(message = "a stage cannot be both won and lost")
    public boolean isWonAndLost() {
        return won && lost;
    }

    /**
     * @param newName the new name
     * @return this command with that name
     */
    public UpdateStage renamed(String newName) {
        return new UpdateStage(pipeline, stage, newName, color, makeDefault, won, lost, defaultProbability, expectedVersion);
    }

    /**
     * @param hex {@code #RRGGBB}, or null
     * @return this command with that colour
     */
    public UpdateStage colored(String hex) {
        return new UpdateStage(pipeline, stage, name, hex, makeDefault, won, lost, defaultProbability, expectedVersion);
    }

    /**
     * @param value whether it is the default
     * @return this command with that flag
     */
    public UpdateStage asDefault(boolean value) {
        return new UpdateStage(pipeline, stage, name, color, value, won, lost, defaultProbability, expectedVersion);
    }

    /**
     * @param isWon  whether it is the won stage
     * @param isLost whether it is the lost stage
     * @return this command with those flags
     */
    public UpdateStage withOutcome(boolean isWon, boolean isLost) {
        return new UpdateStage(pipeline, stage, name, color, makeDefault, isWon, isLost, defaultProbability, expectedVersion);
    }

    /**
     * @param percent 0–100, or null
     * @return this command with that default probability
     */
    public UpdateStage withProbability(Integer percent) {
        return new UpdateStage(pipeline, stage, name, color, makeDefault, won, lost, percent, expectedVersion);
    }

    /**
     * @param version the pipeline version read
     * @return this command expecting that version
     */
    public UpdateStage expectingVersion(long version) {
        return new UpdateStage(pipeline, stage, name, color, makeDefault, won, lost, defaultProbability, version);
    }
}
