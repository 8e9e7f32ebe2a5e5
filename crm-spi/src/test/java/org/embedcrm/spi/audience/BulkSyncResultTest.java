package org.embedcrm.spi.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a bulk sync result")
class BulkSyncResultTest {

    @Test
    @DisplayName("counts as failed exactly the members it has a reason for, in the order given")
    void failedCountsErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("b@example.com", "invalid");
        errors.put("a@example.com", "fake address");

        BulkSyncResult result = new BulkSyncResult(7, 1, errors);

        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.errors().keySet()).containsExactly("b@example.com", "a@example.com");
    }

    @Test
    @DisplayName("refuses negative counts")
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new BulkSyncResult(-1, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkSyncResult(0, -1, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
