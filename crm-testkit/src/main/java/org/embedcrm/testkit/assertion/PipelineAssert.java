package org.embedcrm.testkit.assertion;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;

/** Assertions on a {@link Pipeline}. */
public final class PipelineAssert extends AbstractAssert<PipelineAssert, Pipeline> {

    PipelineAssert(Pipeline actual) {
        super(actual, PipelineAssert.class);
    }

    /**
     * @param names the stage names expected, in board order
     * @return this
     */
    public PipelineAssert hasStagesNamed(String... names) {
        isNotNull();
        List<String> found = actual.stages().stream().map(Stage::name).toList();
        if (!found.equals(List.of(names))) {
            failWithMessage("expected pipeline '%s' to have stages %s but it has %s", actual.name(), List.of(names), found);
        }
        return this;
    }

    /**
     * @param name the name of the stage expected to be the default, or null for none
     * @return this
     */
    public PipelineAssert hasDefaultStage(String name) {
        isNotNull();
        List<String> defaults = actual.stages().stream().filter(Stage::isDefault).map(Stage::name).toList();
        if (!defaults.equals(name == null ? List.of() : List.of(name))) {
            failWithMessage("expected default stage %s in pipeline '%s' but found %s", name, actual.name(), defaults);
        }
        return this;
    }
}
