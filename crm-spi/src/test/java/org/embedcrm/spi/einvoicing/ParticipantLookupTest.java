package org.embedcrm.spi.einvoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a participant lookup")
class ParticipantLookupTest {

    private static final ParticipantId ACME = ParticipantId.iso6523("0208", "0428759497");

    /** Knows Belgian enterprise numbers only and finds every participant registered. */
    private static final ParticipantLookup BELGIAN_ONLY = new ParticipantLookup() {
        @Override
        public Optional<ParticipantId> participantFor(BusinessIdentifier identifier) {
            return identifier.country().equals("BE") ? Optional.of(ACME) : Optional.empty();
        }

        @Override
        public ParticipantRegistration lookUp(ParticipantId participant) {
            return ParticipantRegistration.registered(participant, List.of(), Instant.EPOCH,
                    RegistrationSource.SMP);
        }
    };

    @Test
    @DisplayName("looks up a contact's number through the participant it stands for")
    void byIdentifier() {
        assertThat(BELGIAN_ONLY.lookUp(BusinessIdentifier.registrationNumber("BE", "0428.759.497")))
                .hasValueSatisfying(answer -> assertThat(answer.participant()).isEqualTo(ACME));
        assertThat(BELGIAN_ONLY.lookUp(BusinessIdentifier.vatNumber("DK", "DK13585628"))).isEmpty();
    }

    @Test
    @DisplayName("takes a business identifier only with an upper-case country code and a value")
    void identifierChecks() {
        assertThatThrownBy(() -> BusinessIdentifier.vatNumber("be", "BE0428759497"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha-2");
        assertThatThrownBy(() -> BusinessIdentifier.vatNumber("BE", "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    @DisplayName("fails with a message naming the participant")
    void failure() {
        ParticipantLookupException failure = new ParticipantLookupException(ACME, "SMP http://smp/ answered HTTP 500");

        assertThat(failure).hasMessage("PEPPOL lookup of iso6523-actorid-upis::0208:0428759497 failed: "
                + "SMP http://smp/ answered HTTP 500");
        assertThat(failure.participant()).isEqualTo(ACME);
    }
}
