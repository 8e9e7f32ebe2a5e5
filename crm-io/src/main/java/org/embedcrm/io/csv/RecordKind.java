package org.embedcrm.io.csv;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.embedcrm.core.party.ContactType;

/**
 * What the rows of a CSV file are: contacts of both types (told apart by the {@code type} column), persons only,
 * companies only, or leads. Each kind has a template: a header row naming every column an import reads. Contacts are
 * imported with {@link ContactImporter}, leads with {@link LeadImporter}.
 */
public enum RecordKind {

    /** Persons and companies, told apart by the {@link ContactColumn#TYPE} column. */
    CONTACT(true, null),
    /** Persons only; the file has no {@code type} column. */
    PERSON(true, ContactType.PERSON),
    /** Companies only; the file has neither a {@code type} column nor first and last names. */
    COMPANY(true, ContactType.COMPANY),
    /** Leads, whose columns are the {@link LeadColumn}s. */
    LEAD(false, null);

    private final boolean contacts;
    private final ContactType fixedType;

    RecordKind(boolean contacts, ContactType fixedType) {
        this.contacts = contacts;
        this.fixedType = fixedType;
    }

    /** @return whether the rows are contacts, imported with {@link ContactImporter} */
    public boolean isContacts() {
        return contacts;
    }

    /**
     * @return the contact type of every row, or null when the {@code type} column tells it per row, and for leads
     */
    public ContactType fixedType() {
        return fixedType;
    }

    /** @return every contact column an import of this kind reads, in template order; none for leads */
    public List<ContactColumn> columns() {
        if (!contacts) {
            return List.of();
        }
        return Arrays.stream(ContactColumn.values()).filter(ContactColumn::isImported)
                .filter(c -> c != ContactColumn.TYPE || fixedType == null)
                .filter(c -> !c.isPersonOnly() || fixedType != ContactType.COMPANY)
                .toList();
    }

    /** @return the template's headers: every column an import of this kind reads, in order */
    public List<String> headers() {
        return contacts ? columns().stream().map(ContactColumn::header).toList()
                : Arrays.stream(LeadColumn.values()).map(LeadColumn::header).toList();
    }

    /**
     * Writes the template: one header row, comma-separated, ending with CRLF.
     *
     * @param out where to write it; never null
     * @throws IOException when writing fails
     */
    public void writeTemplate(Appendable out) throws IOException {
        CSVFormat.DEFAULT.printRecord(out, headers().toArray());
    }
}
