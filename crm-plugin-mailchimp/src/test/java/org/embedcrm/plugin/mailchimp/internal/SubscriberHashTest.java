package org.embedcrm.plugin.mailchimp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("a subscriber hash")
class SubscriberHashTest {

    @ParameterizedTest
    @ValueSource(strings = {"urist.mcvankab@freddiesjokes.com", "Urist.McVankab@freddiesjokes.com",
            "  URIST.MCVANKAB@FREDDIESJOKES.COM "})
    @DisplayName("is the MD5 of the trimmed, lower-cased email: the Mailchimp docs' vector in any case")
    void documentedVector(String email) {
        assertThat(SubscriberHash.of(email).value()).isEqualTo("62eeb292278cc15f5817cb78f7790b08");
    }

    @Test
    @DisplayName("is always 32 lower-case hex digits and ignores the case of the address")
    void shapeAndCaseInsensitivity() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40)).checkAssert(local -> {
            String email = local + "@Example.com";
            assertThat(SubscriberHash.of(email).value()).matches("[0-9a-f]{32}")
                    .isEqualTo(SubscriberHash.of(email.toUpperCase(Locale.ROOT)).value());
        });
    }
}
