package org.embedcrm.spi.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("an audience member")
class AudienceMemberTest {

    @Test
    @DisplayName("keeps its email trimmed but in the case it was given")
    void trimsEmail() {
        assertThat(AudienceMember.of("  Jane.Doe@Example.com ", "Jane", "Doe").email())
                .isEqualTo("Jane.Doe@Example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "jane", "@example.com", "jane@"})
    @DisplayName("refuses an email without a name and a domain around an @")
    void refusesInvalidEmail(String email) {
        assertThatThrownBy(() -> AudienceMember.of(email, "Jane", "Doe"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses blank tags and null attribute values")
    void refusesBlankParts() {
        AudienceMember jane = AudienceMember.of("jane@example.com", "Jane", "Doe");
        Map<String, String> nullCompany = new HashMap<>();
        nullCompany.put("company", null);

        assertThatThrownBy(() -> jane.withTags(Set.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jane.withAttributes(nullCompany)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("copies its tags and attributes, so later changes to the caller's collections do not leak in")
    void copiesCollections() {
        Set<String> tags = new LinkedHashSet<>(List.of("vip", "fleet"));
        Map<String, String> attributes = new HashMap<>(Map.of("company", "Acme"));
        AudienceMember jane = AudienceMember.of("jane@example.com", "Jane", "Doe").withTags(tags)
                .withAttributes(attributes);

        tags.add("late");
        attributes.put("city", "Ghent");

        assertThat(jane.tags()).containsExactly("vip", "fleet");
        assertThat(jane.attributes()).containsOnlyKeys("company");
        assertThatThrownBy(() -> jane.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("records a refusal of email without losing its other parts")
    void rejectingEmail() {
        AudienceMember jane = AudienceMember.of("jane@example.com", "Jane", "Doe").withTags(Set.of("vip"));

        AudienceMember refusing = jane.rejectingEmail();

        assertThat(refusing.emailRejected()).isTrue();
        assertThat(jane.emailRejected()).isFalse();
        assertThat(refusing.tags()).containsExactly("vip");
    }
}
