package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

@DisplayName("tests needing a database server")
class ServerAvailableTest {

    private static final String NOBODY_LISTENS = "jdbc:postgresql://127.0.0.1:1/test?user=postgres";

    @Test
    @DisplayName("are skipped with a hint when the server does not answer")
    void skipped() {
        ConditionEvaluationResult result = ServerAvailable.evaluate(Server.POSTGRESQL, NOBODY_LISTENS, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .contains("PostgreSQL not reachable at 127.0.0.1:1 — start it or see DEVELOPERS.md");
    }

    @Test
    @DisplayName("fail instead when databases are required")
    void failWhenRequired() {
        assertThatThrownBy(() -> ServerAvailable.evaluate(Server.POSTGRESQL, NOBODY_LISTENS, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL not reachable at 127.0.0.1:1")
                .hasMessageContaining("embedcrm.require-databases=true");
    }
}
