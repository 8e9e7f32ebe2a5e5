package org.embedcrm.examples;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;

/** Lists a pipeline's stages with their colour, default probability and flags, one line each. */
final class PipelinePrinter {

    private PipelinePrinter() {
    }

    /**
     * @param pipeline a pipeline; never null
     * @return its heading and one line per stage, lines ending in {@code \n}
     */
    static String render(Pipeline pipeline) {
        List<String> traits = new ArrayList<>();
        if (pipeline.isDefault()) {
            traits.add("default");
        }
        traits.add(pipeline.isActive() ? "active" : "inactive");
        StringBuilder out = new StringBuilder()
                .append("Pipeline \"").append(pipeline.name()).append("\" (").append(String.join(", ", traits))
                .append("): ").append(pipeline.stages().size()).append(" stages\n");
        int nameWidth = pipeline.stages().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        int position = 1;
        for (Stage stage : pipeline.stages()) {
            String line = String.format("  %d. %-" + nameWidth + "s  %-7s  %4s  %s", position++, stage.name(),
                    stage.color() == null ? "" : stage.color().hex(),
                    stage.defaultProbability() == null ? "" : stage.defaultProbability().percent() + "%",
                    flags(stage));
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String flags(Stage stage) {
        List<String> flags = new ArrayList<>();
        if (stage.isDefault()) {
            flags.add("default");
        }
        if (stage.won()) {
            flags.add("won");
        }
        if (stage.lost()) {
            flags.add("lost");
        }
        return String.join(", ", flags);
    }
}
