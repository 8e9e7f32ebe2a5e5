package org.embedcrm.core.deal;

import java.util.Objects;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;

/**
 * One step of a pipeline, drawn as a column of the board. Its place in the pipeline is its position in
 * {@link Pipeline#stages()}.
 *
 * @param id                 identifies the stage; never null
 * @param name               1 to 100 characters, unique within the pipeline regardless of case; never null
 * @param color              the board colour, or null
 * @param isDefault          whether new deals of the pipeline start here
 * @param won                whether reaching it means the deal is won
 * @param lost               whether reaching it means the deal is lost
 * @param defaultProbability the win probability a new deal opened here gets unless it sets its own, or null
 */
public record Stage(StageId id, String name, StageColor color, boolean isDefault, boolean won, boolean lost,
                    Probability defaultProbability) {

    /** Longest stage name accepted. */
    public static final int NAME_MAX = 100;

    /** Rejects a missing id or name and a stage both won and lost. */
    public Stage {
        Objects.requireNonNull(id, "stage id");
        name = Names.require("name", name, NAME_MAX);
        if (won && lost) {
            throw ValidationException.of("lost", "stage.won-and-lost", "a stage cannot be both won and lost");
        }
    }

    /** @return whether a deal in this stage is closed (won or lost) */
    public boolean isClosing() {
        return won || lost;
    }

    Stage withDefault(boolean value) {
        return new Stage(id, name, color, value, won, lost, defaultProbability);
    }
}
