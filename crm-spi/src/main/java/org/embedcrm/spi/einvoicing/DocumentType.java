package org.embedcrm.spi.einvoicing;

import java.util.Objects;

/**
 * A kind of business document a PEPPOL participant can receive, e.g. a BIS Billing 3 invoice, written
 * {@code scheme::value}: {@code busdox-docid-qns::urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##...::2.1}.
 *
 * @param scheme the document type scheme, e.g. {@value #BUSDOX_SCHEME}; never blank, without {@code ::} or spaces
 * @param value  the document type identifier within that scheme; never blank
 */
public record DocumentType(String scheme, String value) {

    /** The document type scheme of PEPPOL's UBL and CII documents. */
    public static final String BUSDOX_SCHEME = "busdox-docid-qns";

    private static final String SEPARATOR = "::";

    /** Rejects a blank or spaced scheme, a {@code ::} inside the scheme and a blank value. */
    public DocumentType {
        ParticipantId.requireToken("scheme", scheme);
        if (scheme.contains(SEPARATOR)) {
            throw new IllegalArgumentException("scheme must not contain '::': " + scheme);
        }
        if (Objects.requireNonNull(value, "value").isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
    }

    /**
     * @param text the {@code scheme::value} form; the first {@code ::} ends the scheme; never null
     * @return the document type it names
     * @throws IllegalArgumentException when the text has no {@code ::} or a part is invalid
     */
    public static DocumentType parse(String text) {
        int separator = Objects.requireNonNull(text, "text").indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("a document type identifier is written scheme::value: " + text);
        }
        return new DocumentType(text.substring(0, separator), text.substring(separator + SEPARATOR.length()));
    }

    /** @return the {@code scheme::value} form; never null */
    public String asText() {
        return scheme + SEPARATOR + value;
    }
}
