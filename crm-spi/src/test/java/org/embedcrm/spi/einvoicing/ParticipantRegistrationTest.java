package org.embedcrm.spi.einvoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a participant registration")
class ParticipantRegistrationTest {

    private static final ParticipantId ACME = ParticipantId.iso6523("0208", "0428759497");
    private static final Instant NOON = Instant.parse("2026-03-20T12:00:00Z");
    private static final DocumentType INVOICE = new DocumentType(DocumentType.BUSDOX_SCHEME, "invoice");
    private static final DocumentType CREDIT_NOTE = new DocumentType(DocumentType.BUSDOX_SCHEME, "credit-note");

    @Test
    @DisplayName("of an unregistered participant lists no document types")
    void notRegistered() {
        ParticipantRegistration answer = ParticipantRegistration.notRegistered(ACME, NOON, RegistrationSource.SMP);

        assertThat(answer.registered()).isFalse();
        assertThat(answer.documentTypes()).isEmpty();
        assertThatThrownBy(() -> new ParticipantRegistration(ACME, false, List.of(INVOICE), NOON,
                RegistrationSource.SMP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("tells which document types the participant receives and keeps its own copy of them")
    void receives() {
        List<DocumentType> listed = new ArrayList<>(List.of(INVOICE));
        ParticipantRegistration answer = ParticipantRegistration.registered(ACME, listed, NOON,
                RegistrationSource.DIRECTORY);
        listed.add(CREDIT_NOTE);

        assertThat(answer.receives(INVOICE)).isTrue();
        assertThat(answer.receives(CREDIT_NOTE)).isFalse();
    }

    @Test
    @DisplayName("refuses a document type listed twice")
    void duplicates() {
        assertThatThrownBy(() -> ParticipantRegistration.registered(ACME, List.of(INVOICE, INVOICE), NOON,
                RegistrationSource.SMP)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
    }
}
