package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.io.csv.ContactColumn;
import org.embedcrm.io.csv.RowError;

/**
 * Stores one row through the contact service, so that every rule of the API applies: finds the contact it updates
 * (by id, else by any of its e-mail addresses, else by the strong keys when asked to), creates or updates it, and
 * writes nothing when the contact already holds every value of the row. Runs inside the chunk's transaction; what
 * the service refuses is thrown.
 */
final class ContactRowApplier {

    private final Crm crm;
    private final CsvHeader<ContactColumn> header;
    private final ContactRowReader reader;
    private final Set<ContactId> knownIds;
    private final StrongKeyIndex strongKeys;

    /**
     * @param knownIds   the ids of the chunk's rows that exist in the tenant, looked up before the transaction (a
     *                   lookup that fails inside it would doom the transaction)
     * @param strongKeys the contacts by strong keys, told what the row stores; null when rows are not matched so
     */
    ContactRowApplier(Crm crm, CsvHeader<ContactColumn> header, ContactRowReader reader, Set<ContactId> knownIds,
                      StrongKeyIndex strongKeys) {
        this.crm = crm;
        this.header = header;
        this.reader = reader;
        this.knownIds = knownIds;
        this.strongKeys = strongKeys;
    }

    /**
     * @param row a row as wide as the header, its cells decoded
     * @return what became of it
     */
    RowOutcome apply(CsvRow row) {
        List<RowError> errors = new ArrayList<>();
        Contact existing = match(row, errors);
        RowInput in = errors.isEmpty() ? reader.read(row, existing, errors) : null;
        if (in == null) {
            return RowOutcome.rejected(row.row(), errors);
        }
        if (existing == null) {
            Contact created = crm.contacts().create(in.input());
            recordConsent(created, in);
            filed(created);
            return RowOutcome.of(row.row(), RowOutcome.Result.CREATED);
        }
        boolean fieldsChange = !NormalForm.same(in.input(), ContactInput.of(existing).build());
        if (!fieldsChange && !in.changesConsent(existing.consent())) {
            return RowOutcome.of(row.row(), RowOutcome.Result.UNCHANGED);
        }
        Contact stored = fieldsChange ? crm.contacts().update(existing.id(), in.input(), existing.version()) : existing;
        recordConsent(stored, in);
        filed(stored);
        return RowOutcome.of(row.row(), RowOutcome.Result.UPDATED);
    }

    private void filed(Contact contact) {
        if (strongKeys != null) {
            strongKeys.stored(contact);
        }
    }

    private void recordConsent(Contact contact, RowInput in) {
        if (in.changesConsent(contact.consent())) {
            crm.contacts().recordConsent(contact.id(), in.calls(contact.consent()), in.mails(contact.consent()));
        }
    }

    private Contact match(CsvRow row, List<RowError> errors) {
        ContactId id = idOf(row, header);
        if (id == null && hasId(row)) {
            errors.add(header.error(row, ContactColumn.ID, "import.id.invalid", "not a contact id (a UUID)"));
            return null;
        }
        if (id != null && knownIds.contains(id)) {
            return crm.contacts().get(id);
        }
        String cell = header.cell(row, ContactColumn.EMAILS);
        Map<ContactId, Contact> matches = new LinkedHashMap<>();
        for (String email : cell == null ? List.<String>of() : CellValues.list(cell)) {
            EmailAddress address;
            try {
                address = EmailAddress.of(email);
            } catch (ValidationException invalid) {
                continue;
            }
            crm.contacts().activeWithEmail(address).ifPresent(c -> matches.put(c.id(), c));
        }
        if (matches.size() > 1) {
            errors.add(header.error(row, ContactColumn.EMAILS, "import.match.ambiguous",
                    "the e-mail addresses belong to " + matches.size() + " different contacts: "
                            + matches.values().stream().map(c -> c.profile().displayName()).toList()));
            return null;
        }
        if (matches.isEmpty() && strongKeys != null) {
            return matchByStrongKeys(row, errors);
        }
        return matches.values().stream().findFirst().orElse(null);
    }

    /** Finds the one active contact of the row's type sharing a strong key with it, or reports an ambiguity. */
    private Contact matchByStrongKeys(CsvRow row, List<RowError> errors) {
        ContactType type = reader.kind().fixedType();
        String typeCell = header.cell(row, ContactColumn.TYPE);
        if (type == null && typeCell != null && !typeCell.isEmpty()) {
            try {
                type = CellValues.type(typeCell);
            } catch (ValidationException unknownType) {
                return null;
            }
        }
        List<StrongKeyIndex.Match> found = strongKeys.matches(type, cells(row, ContactColumn.EMAILS),
                cells(row, ContactColumn.PHONES), header.cell(row, ContactColumn.VAT_NUMBER));
        if (found.size() > 1) {
            boolean byVat = found.stream().anyMatch(m -> m.keys().contains(MatchField.VAT_NUMBER));
            boolean byPhone = found.stream().anyMatch(m -> m.keys().contains(MatchField.PHONE));
            ContactColumn column = byVat ? ContactColumn.VAT_NUMBER
                    : byPhone ? ContactColumn.PHONES : ContactColumn.EMAILS;
            errors.add(header.error(row, column, "import.match.ambiguous", "the row's " + (byVat ? "VAT number"
                    : byPhone ? "phone numbers" : "e-mail addresses") + " match " + found.size()
                    + " different contacts: " + found.stream().map(StrongKeyIndex.Match::name).toList()));
            return null;
        }
        return found.isEmpty() ? null : crm.contacts().get(found.get(0).contact());
    }

    private List<String> cells(CsvRow row, ContactColumn column) {
        String cell = header.cell(row, column);
        return cell == null || cell.isEmpty() ? List.of() : CellValues.list(cell);
    }

    private boolean hasId(CsvRow row) {
        String cell = header.cell(row, ContactColumn.ID);
        return cell != null && !cell.isEmpty();
    }

    /**
     * @return the row's contact id, or null when it has none or an invalid one
     */
    static ContactId idOf(CsvRow row, CsvHeader<ContactColumn> header) {
        String cell = header.cell(row, ContactColumn.ID);
        if (cell == null || cell.isEmpty() || row.cells().size() != header.width()) {
            return null;
        }
        try {
            return ContactId.of(cell);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

}
