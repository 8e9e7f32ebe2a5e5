package org.embedcrm.plugin.peppol.testing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.spi.einvoicing.ParticipantId;

/** A Belgian company, the documents it receives and the bodies a stub SMP or Directory answers about it. */
public final class PeppolFixtures {

    /** ACME NV, enterprise number 0428.759.497. */
    public static final ParticipantId ACME = ParticipantId.iso6523("0208", "0428759497");

    /** ACME's participant id as it appears, percent-encoded, in an SMP path or a Directory query. */
    public static final String ACME_ENCODED = "iso6523-actorid-upis%3A%3A0208%3A0428759497";

    /** A BIS Billing 3 invoice. */
    public static final DocumentType INVOICE = DocumentType.parse("busdox-docid-qns::"
            + "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017"
            + "#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1");

    /** A BIS Billing 3 credit note. */
    public static final DocumentType CREDIT_NOTE = DocumentType.parse("busdox-docid-qns::"
            + "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##urn:cen.eu:en16931:2017"
            + "#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1");

    /** A BIS Order Only order. */
    public static final DocumentType ORDER = DocumentType.parse("busdox-docid-qns::"
            + "urn:oasis:names:specification:ubl:schema:xsd:Order-2::Order##urn:fdc:peppol.eu:poacc:trns:order:3"
            + "::2.1");

    private PeppolFixtures() {
    }

    /**
     * @param smp           the SMP's base URL, as it writes it in the references
     * @param documentTypes what the participant receives
     * @return ACME's ServiceGroup, one ServiceMetadataReference per document type
     */
    public static String serviceGroup(String smp, DocumentType... documentTypes) {
        String references = Arrays.stream(documentTypes)
                .map(type -> "    <ServiceMetadataReference href=\"" + smp + ACME_ENCODED + "/services/"
                        + encode(type.asText()) + "\"/>")
                .collect(Collectors.joining("\n"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ServiceGroup xmlns=\"http://busdox.org/serviceMetadata/publishing/1.0/\""
                + " xmlns:ids=\"http://busdox.org/transport/identifiers/1.0/\">\n"
                + "  <ids:ParticipantIdentifier scheme=\"iso6523-actorid-upis\">0208:0428759497</ids:ParticipantIdentifier>\n"
                + "  <ServiceMetadataReferenceCollection>\n" + references + "\n  </ServiceMetadataReferenceCollection>\n"
                + "</ServiceGroup>\n";
    }

    /**
     * @param documentTypes what ACME receives
     * @return a Directory search answer with ACME as its one match
     */
    public static String directoryMatch(DocumentType... documentTypes) {
        String docTypes = Arrays.stream(documentTypes)
                .map(type -> "{\"scheme\":\"" + type.scheme() + "\",\"value\":\"" + type.value() + "\"}")
                .collect(Collectors.joining(","));
        return "{\"version\":\"1.0\",\"total-result-count\":1,\"used-result-count\":1,\"result-page-index\":0,"
                + "\"result-page-count\":20,\"first-result-index\":0,\"last-result-index\":0,"
                + "\"query-terms\":\"participant=iso6523-actorid-upis::0208:0428759497\","
                + "\"creation-dt\":\"2026-03-20T12:00:00Z\",\"matches\":[{"
                + "\"participantID\":{\"scheme\":\"iso6523-actorid-upis\",\"value\":\"0208:0428759497\"},"
                + "\"docTypes\":[" + docTypes + "],"
                + "\"entities\":[{\"name\":[{\"name\":\"ACME NV\",\"language\":\"nl\"}],\"countryCode\":\"BE\","
                + "\"identifiers\":[{\"scheme\":\"VAT\",\"value\":\"BE0428759497\"}],\"regDate\":\"2020-01-01\"}]}]}";
    }

    /** @return the Directory's answer when nothing matches: 200 with a count of 0 */
    public static String directoryNoMatch() {
        return "{\"version\":\"1.0\",\"total-result-count\":0,\"used-result-count\":0,\"result-page-index\":0,"
                + "\"result-page-count\":20,\"first-result-index\":0,\"last-result-index\":0,"
                + "\"query-terms\":\"participant=iso6523-actorid-upis::0208:0428759497\","
                + "\"creation-dt\":\"2026-03-20T12:00:00Z\",\"matches\":[]}";
    }

    /** Percent-encodes the way an SMP writes hrefs, independently of the plugin's own encoder. */
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) || "-_.".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
