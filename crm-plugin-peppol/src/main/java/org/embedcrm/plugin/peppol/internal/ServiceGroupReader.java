package org.embedcrm.plugin.peppol.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the document types out of an SMP 1.x {@code ServiceGroup}: each {@code ServiceMetadataReference}'s
 * {@code href} ends in {@code /services/} and the percent-encoded {@code scheme::value} of a document type. The
 * parser refuses DTDs, so no external entity is ever fetched.
 */
final class ServiceGroupReader {

    static final String NAMESPACE = "http://busdox.org/serviceMetadata/publishing/1.0/";

    private static final String SERVICES = "/services/";

    private ServiceGroupReader() {
    }

    /**
     * @param xml the response body; never null
     * @return the document types referenced, in document order, without duplicates; never null
     * @throws MalformedResponseException when the body is not a ServiceGroup or a reference cannot be read
     */
    static List<DocumentType> documentTypes(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"ServiceGroup".equals(root.getLocalName())) {
            throw new MalformedResponseException("the root element is {" + root.getNamespaceURI() + "}"
                    + root.getLocalName() + ", not {" + NAMESPACE + "}ServiceGroup");
        }
        NodeList references = root.getElementsByTagNameNS(NAMESPACE, "ServiceMetadataReference");
        Set<DocumentType> documentTypes = new LinkedHashSet<>();
        for (int i = 0; i < references.getLength(); i++) {
            documentTypes.add(documentType(((Element) references.item(i)).getAttribute("href")));
        }
        return List.copyOf(documentTypes);
    }

    private static DocumentType documentType(String href) {
        int services = href.lastIndexOf(SERVICES);
        if (services < 0) {
            throw new MalformedResponseException("ServiceMetadataReference href without " + SERVICES + ": '"
                    + href + "'");
        }
        try {
            return DocumentType.parse(PercentEncoding.decode(href.substring(services + SERVICES.length())));
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("ServiceMetadataReference href names no document type: '"
                    + href + "' (" + e.getMessage() + ")", e);
        }
    }

    private static org.w3c.dom.Document parse(byte[] xml) {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new MalformedResponseException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe against external entities", e);
        }
    }

    /** Turns every parse problem into an exception instead of the default handler's line on standard error. */
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
