package org.embedcrm.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.embedcrm.core.deal.Probability;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("value types refuse to exist in an invalid state")
class ValuesTest {

    @Test
    @DisplayName("a stage colour is #RRGGBB, stored upper-case")
    void stageColor() {
        assertThat(new StageColor("#a0b1c2").hex()).isEqualTo("#A0B1C2");
        for (String bad : new String[] {"a0b1c2", "#a0b1c", "#a0b1c2d", "#GGGGGG", "red", ""}) {
            assertThatThrownBy(() -> new StageColor(bad)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
                            .isEqualTo("color.format"));
        }
    }

    @Test
    @DisplayName("a probability is 0 to 100")
    void probability() {
        assertThat(new Probability(0).percent()).isZero();
        assertThat(new Probability(100).percent()).isEqualTo(100);
        assertThatThrownBy(() -> new Probability(-1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Probability(101)).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("tenant and user keys are not blank and bounded")
    void keys() {
        assertThat(TenantId.of("acme")).hasToString("acme");
        assertThatThrownBy(() -> TenantId.of(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TenantId.of("x".repeat(65))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> UserRef.of("")).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("names are trimmed and compared without regard to case")
    void names() {
        assertThat(Names.require("name", "  Won ", 10)).isEqualTo("Won");
        assertThat(Names.key(" WON ")).isEqualTo(Names.key("won"));
        assertThatThrownBy(() -> Names.require("name", "   ", 10)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> Names.require("name", "x".repeat(11), 10)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 10");
    }
}
