package org.embedcrm.io.internal;

import java.util.List;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.io.csv.ContactColumn;
import org.embedcrm.io.csv.RowError;

/**
 * Turns what the contact service refused into report lines: each violation, or the error itself, placed in the
 * column whose cell caused it (the field path of a violation, the code of a conflict or a missing reference).
 */
final class ErrorColumns {

    private ErrorColumns() {
    }

    static List<RowError> of(CsvRow row, RuntimeException refusal, ContactHeader header) {
        if (refusal instanceof ValidationException invalid) {
            return invalid.violations().stream()
                    .map(v -> line(row, header, forField(v.field()), v.code(), v.message())).toList();
        }
        if (refusal instanceof CrmException crm) {
            return List.of(line(row, header, forCode(crm.code()), crm.code(), crm.getMessage()));
        }
        return List.of(line(row, header, null, "import.row.failed", "the row could not be stored: " + refusal));
    }

    private static RowError line(CsvRow row, ContactHeader header, ContactColumn column, String code, String message) {
        if (column == null) {
            return new RowError(row.row(), "", "", code, message);
        }
        String cell = header.cell(row, column);
        return new RowError(row.row(), header.writtenAs(column), cell == null ? "" : cell, code, message);
    }

    private static ContactColumn forField(String field) {
        String name = field.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
        return switch (name) {
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

    private static ContactColumn forCode(String code) {
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
