package org.embedcrm.io.internal;

import java.util.Locale;
import java.util.Optional;
import org.embedcrm.io.csv.ContactColumn;
import org.embedcrm.io.csv.RecordKind;

/**
 * The columns of a contact file of one kind: those the kind reads, and the read-only ones the export writes.
 *
 * @param kind persons, companies or both
 */
record ContactColumns(RecordKind kind) implements Columns<ContactColumn> {

    @Override
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<ContactColumn> forHeader(String header) {
        return ContactColumn.forHeader(header).filter(c -> kind.columns().contains(c) || !c.isImported());
    }

    @Override
    public boolean isImported(ContactColumn column) {
        return column.isImported();
    }

    @Override
    public String header(ContactColumn column) {
        return column.header();
    }

    @Override
    public ContactColumn forField(String field) {
        return switch (field) {
            case "type" -> ContactColumn.TYPE;
            case "displayName" -> ContactColumn.DISPLAY_NAME;
            case "firstName" -> ContactColumn.FIRST_NAME;
            case "lastName" -> ContactColumn.LAST_NAME;
            case "emails", "email" -> ContactColumn.EMAILS;
            case "phones", "phone" -> ContactColumn.PHONES;
            case "website" -> ContactColumn.WEBSITE;
            case "industry" -> ContactColumn.INDUSTRY;
            case "description" -> ContactColumn.DESCRIPTION;
            case "language" -> ContactColumn.LANGUAGE;
            case "country" -> ContactColumn.COUNTRY;
            case "roles" -> ContactColumn.ROLES;
            case "status" -> ContactColumn.STATUS;
            case "tags" -> ContactColumn.TAGS;
            case "assignees" -> ContactColumn.ASSIGNEES;
            case "starRating" -> ContactColumn.STAR_RATING;
            case "internalNotes" -> ContactColumn.INTERNAL_NOTES;
            case "nextContactDate" -> ContactColumn.NEXT_CONTACT_DATE;
            case "paymentTerms" -> ContactColumn.PAYMENT_TERMS;
            case "creditLimit", "money" -> ContactColumn.CREDIT_LIMIT;
            case "vatNumber" -> ContactColumn.VAT_NUMBER;
            case "customerGroup" -> ContactColumn.CUSTOMER_GROUP;
            case "documentLanguage" -> ContactColumn.DOCUMENT_LANGUAGE;
            case "origin" -> ContactColumn.ORIGIN;
            default -> null;
        };
    }

    @Override
    public ContactColumn forCode(String code) {
        if (code.startsWith("contact.email")) {
            return ContactColumn.EMAILS;
        }
        if (code.startsWith("tag.")) {
            return ContactColumn.TAGS;
        }
        if (code.startsWith("contact-status.")) {
            return ContactColumn.STATUS;
        }
        if (code.startsWith("customer-group.")) {
            return ContactColumn.CUSTOMER_GROUP;
        }
        return code.equals("contact.type-fixed") ? ContactColumn.TYPE : null;
    }
}
