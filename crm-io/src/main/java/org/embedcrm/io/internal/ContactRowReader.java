package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.csv.ContactColumn;
import org.embedcrm.io.csv.RecordKind;
import org.embedcrm.io.csv.RowError;

/**
 * Turns a row into the input of the contact it creates or updates. Columns the file lacks keep the stored values;
 * a blank cell clears its field. Every problem of the row's cells is reported, not only the first.
 */
final class ContactRowReader {

    private final CsvHeader<ContactColumn> header;
    private final RecordKind kind;
    private final SettingNames names;
    private final Function<String, TagId> missingTag;

    /**
     * @param missingTag defines a tag the tenant lacks and returns it, or throws {@link ValidationException}
     */
    ContactRowReader(CsvHeader<ContactColumn> header, RecordKind kind, SettingNames names,
                     Function<String, TagId> missingTag) {
        this.header = header;
        this.kind = kind;
        this.names = names;
        this.missingTag = missingTag;
    }

    /** @return what the rows are */
    RecordKind kind() {
        return kind;
    }

    /**
     * @param existing the contact the row updates, or null when it creates one
     * @param errors   where the row's problems go
     * @return the input, or null when the row has problems
     */
    RowInput read(CsvRow row, Contact existing, List<RowError> errors) {
        int before = errors.size();
        ContactType type = type(row, existing, errors);
        if (type == null) {
            return null;
        }
        ContactDraft draft = existing == null ? ContactDraft.empty(type)
                : ContactDraft.of(ContactInput.of(existing).build());
        for (ContactColumn column : kind.columns()) {
            String cell = header.cell(row, column);
            if (cell != null) {
                header.collect(row, column, () -> set(draft, column, cell), errors);
            }
        }
        readAddresses(row, draft, errors);
        Boolean calls = flag(row, ContactColumn.REFUSES_CALLS, errors);
        Boolean mails = flag(row, ContactColumn.REFUSES_EMAILS, errors);
        return errors.size() > before ? null : new RowInput(draft.toInput(), calls, mails);
    }

    private ContactType type(CsvRow row, Contact existing, List<RowError> errors) {
        String cell = header.cell(row, ContactColumn.TYPE);
        ContactType type;
        if (kind.fixedType() != null) {
            type = kind.fixedType();
        } else if (cell != null && !cell.isEmpty()) {
            type = header.collect(row, ContactColumn.TYPE, () -> CellValues.type(cell), errors);
        } else if (existing != null) {
            type = existing.type();
        } else {
            errors.add(header.error(row, ContactColumn.TYPE, "import.type.required",
                    "a new contact needs its type: person or company"));
            return null;
        }
        if (type != null && existing != null && existing.type() != type) {
            errors.add(header.error(row, ContactColumn.TYPE, "contact.type-fixed", "the contact matched is a "
                    + existing.type().name().toLowerCase(Locale.ROOT) + "; its type cannot change"));
            return null;
        }
        return type;
    }

    private Void set(ContactDraft d, ContactColumn column, String cell) {
        String text = cell.isEmpty() ? null : cell;
        switch (column) {
            case DISPLAY_NAME -> d.displayName = text;
            case FIRST_NAME -> d.firstName = text;
            case LAST_NAME -> d.lastName = text;
            case EMAILS -> d.emails = CellValues.list(cell);
            case PHONES -> d.phones = CellValues.list(cell);
            case WEBSITE -> d.website = text;
            case INDUSTRY -> d.industry = text;
            case DESCRIPTION -> d.description = text;
            case LANGUAGE -> d.language = text;
            case COUNTRY -> d.country = text;
            case ROLES -> d.roles = new LinkedHashSet<>(CellValues.list(cell).stream()
                    .map(ContactRowReader::role).toList());
            case STATUS -> d.status = text == null ? null : names.status(text).orElseThrow(() ->
                    ValidationException.of("status", "import.status.unknown", "the tenant has no contact status named '"
                            + text + "'"));
            case TAGS -> d.tags = new LinkedHashSet<>(CellValues.list(cell).stream().map(this::tag).toList());
            case ASSIGNEES -> d.assignees = new LinkedHashSet<>(CellValues.list(cell).stream()
                    .map(UserRef::of).toList());
            case STAR_RATING -> d.starRating = text == null ? null : CellValues.number(text);
            case INTERNAL_NOTES -> d.internalNotes = text;
            case NEXT_CONTACT_DATE -> d.nextContactDate = text == null ? null : CellValues.date(text);
            case PAYMENT_TERMS -> d.paymentTerms = text == null ? null : CellValues.terms(text);
            case CREDIT_LIMIT -> d.creditLimit = text == null ? null : CellValues.money(text);
            case VAT_NUMBER -> d.vatNumber = text;
            case CUSTOMER_GROUP -> d.customerGroup = text == null ? null : names.group(text).orElseThrow(() ->
                    ValidationException.of("customerGroup", "import.customer-group.unknown",
                            "the tenant has no customer group with code '" + text + "'"));
            case DOCUMENT_LANGUAGE -> d.documentLanguage = text;
            case ORIGIN -> d.origin = text;
            default -> {
                // the id, the type, addresses and consent are read on their own
            }
        }
        return null;
    }

    private TagId tag(String name) {
        return names.tag(name).orElseGet(() -> missingTag.apply(name));
    }

    private static ContactRole role(String name) {
        try {
            return ContactRole.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("roles", "import.role.unknown",
                    "a role is customer, prospect, supplier or workshop: " + name);
        }
    }

    private void readAddresses(CsvRow row, ContactDraft draft, List<RowError> errors) {
        AddressColumns billing = AddressColumns.BILLING;
        if (billing.any(header)) {
            draft.billingAddress = address(row, billing, draft.billingAddress, errors);
        }
        AddressColumns delivery = AddressColumns.DELIVERY;
        if (delivery.any(header)) {
            List<Address> addresses = new ArrayList<>(draft.deliveryAddresses);
            Address first = address(row, delivery, addresses.isEmpty() ? null : addresses.remove(0), errors);
            if (first != null) {
                addresses.add(0, first);
            }
            draft.deliveryAddresses = addresses;
        }
    }

    private Address address(CsvRow row, AddressColumns columns, Address current, List<RowError> errors) {
        String[] parts = columns.parts(header, row, current);
        if (Arrays.stream(parts).allMatch(p -> p == null || p.isBlank())) {
            return null;
        }
        CountryCode country = parts[4] == null || parts[4].isBlank() ? null
                : header.collect(row, columns.country(), () -> CountryCode.of(parts[4]), errors);
        try {
            return new Address(parts[0], parts[1], parts[2], parts[3], country);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                errors.add(header.error(row, columns.forField(v.field()), v.code(), v.message()));
            }
            return null;
        }
    }

    private Boolean flag(CsvRow row, ContactColumn column, List<RowError> errors) {
        String cell = header.cell(row, column);
        return cell == null ? null : header.collect(row, column, () -> CellValues.flag(cell), errors);
    }
}
