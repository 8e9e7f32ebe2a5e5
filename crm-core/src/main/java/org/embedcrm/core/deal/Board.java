package org.embedcrm.core.deal;

import java.util.List;

/**
 * A pipeline drawn as a Kanban board: one column per stage, in stage order.
 *
 * @param pipeline     the pipeline; never null
 * @param pipelineName its name; never null
 * @param columns      one per stage, left to right; never null
 */
public record Board(PipelineId pipeline, String pipelineName, List<BoardColumn> columns) {

    /** Copies the columns. */
    public Board {
        columns = List.copyOf(columns);
    }
}
