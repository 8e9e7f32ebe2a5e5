package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.shared.Money;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/errors.md}, on the in-memory store. */
@DisplayName("docs/errors.md")
class ErrorsSnippetTest {

    private final Crm crm = CrmFixture.inMemory().crm();

    @Test
    @DisplayName("a validation error lists every broken constraint with its field and code, sorted by field")
    void violations() {
        PipelineId salesId = aPipeline().createIn(crm).id();
        Form form = new Form();

        try {
            crm.pipelines().addStage(AddStage.to(salesId, "Odd").colored("red").asWon().asLost().withProbability(101));
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                form.showError(violation.field(), violation.code(), violation.message());
            }
        }

        List<String> printed = form.errors;
        assertThat(printed).hasSize(3);
        assertThat(printed.get(0)).isEqualTo("color pattern: must be a colour written #RRGGBB");
        assertThat(printed.get(1)).startsWith("defaultProbability max: ");
        if (Locale.getDefault().getLanguage().equals("en")) {
            assertThat(printed.get(1)).isEqualTo("defaultProbability max: must be less than or equal to 100");
        }
        assertThat(printed.get(2)).isEqualTo("wonAndLost assert-false: a stage cannot be both won and lost");
    }

    @Test
    @DisplayName("codes map to a host's own words in one place")
    void explainCodes() {
        Pipeline sales = aPipeline().createIn(crm);
        aDeal().in(sales).openIn(crm);

        CrmException hasDeals = catchThrowableOfType(CrmException.class,
                () -> crm.pipelines().removeStage(sales.id(), sales.stages().get(0).id()));
        CrmException notFound = catchThrowableOfType(NotFoundException.class,
                () -> crm.deals().get(DealId.of("00000000-0000-7000-8000-000000000000")));

        assertThat(explain(hasDeals)).isEqualTo("Move this stage's deals to another stage before deleting it.");
        assertThat(notFound.code()).isEqualTo("deal.not-found");
        assertThat(explain(notFound)).isEqualTo(notFound.getMessage());
    }

    @Test
    @DisplayName("values refuse to exist in an invalid state, and a refused permission has its own type")
    void valuesAndAccess() {
        assertThatCrmError(() -> Money.of("12.34567", "EUR")).hasCode("validation.failed")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code)
                        .containsExactly("money.scale"));
        assertThatCrmError(() -> Money.of("12", "XYZ")).reportsFields("money.currency");
        Crm readOnly = CrmFixture.on(new InMemoryCrmStore(), (actor, tenant, permission) -> false).crm();
        assertThatCrmError(() -> aPipeline().createIn(readOnly)).isA(AccessDeniedException.class)
                .hasCode("access-denied");
    }

    /** Stands for a host's form, which shows every error next to its field. */
    private static final class Form {

        private final List<String> errors = new ArrayList<>();

        void showError(String field, String code, String message) {
            errors.add(field + " " + code + ": " + message);
        }
    }

    static String explain(CrmException e) {
        return switch (e.code()) {
            case "stale-version" -> "Someone changed this record meanwhile. Reload it and try again.";
            case "stage.has-deals" -> "Move this stage's deals to another stage before deleting it.";
            case "pipeline.is-default" -> "Make another pipeline the default first.";
            default -> e.getMessage();
        };
    }
}
