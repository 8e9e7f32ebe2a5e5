package org.embedcrm.spi.einvoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a PEPPOL document type")
class DocumentTypeTest {

    private static final String BIS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice"
            + "##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";

    @Test
    @DisplayName("ends its scheme at the first :: and keeps the ones inside the value")
    void parse() {
        DocumentType invoice = DocumentType.parse("busdox-docid-qns::" + BIS_INVOICE);

        assertThat(invoice).isEqualTo(new DocumentType(DocumentType.BUSDOX_SCHEME, BIS_INVOICE));
        assertThat(invoice.asText()).isEqualTo("busdox-docid-qns::" + BIS_INVOICE);
    }

    @Test
    @DisplayName("refuses text without a scheme and a blank value")
    void malformed() {
        assertThatThrownBy(() -> DocumentType.parse("Invoice-2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme::value");
        assertThatThrownBy(() -> new DocumentType(DocumentType.BUSDOX_SCHEME, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
    }
}
