package org.embedcrm.core.merge.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("every normaliser")
class NormalisationPropertiesTest {

    static Stream<Arguments> normalisers() {
        return Stream.of(
                Arguments.of("text", (UnaryOperator<String>) Texts::fold),
                Arguments.of("company name", (UnaryOperator<String>) CompanyNames::normalise),
                Arguments.of("e-mail address", (UnaryOperator<String>) EmailAddresses::normalise),
                Arguments.of("street", (UnaryOperator<String>) Streets::normalise),
                Arguments.of("phone number", (UnaryOperator<String>) raw -> PhoneNumbers.normalise(raw, "BE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normalisers")
    @DisplayName("is idempotent: what it returns normalises to itself")
    void idempotent(String kind, UnaryOperator<String> normaliser) {
        qt().forAll(strings().betweenCodePoints(0x20, 0x24F).ofLengthBetween(0, 30))
                .check(text -> {
                    String normalised = normaliser.apply(text);
                    return normalised == null || normalised.equals(normaliser.apply(normalised));
                });
    }
}
