package org.embedcrm.io.csv;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.embedcrm.core.party.ContactType;

/**
 * What the rows of a CSV file are: contacts of both types (told apart by the {@code type} column), persons only or
 * companies only. Each kind has a template: a header row naming every column an import reads.
 */
public enum RecordKind {

    /** Persons and companies, told apart by the {@link ContactColumn#TYPE} column. */
    CONTACT(null),
    /** Persons only; the file has no {@code type} column. */
    PERSON(ContactType.PERSON),
    /** Companies only; the file has neither a {@code type} column nor first and last names. */
    COMPANY(ContactType.COMPANY);

    private final ContactType fixedType;

    RecordKind(ContactType fixedType) {
        this.fixedType = fixedType;
    }

    /** @return the type of every row, or null when the {@code type} column tells it per row */
    public ContactType fixedType() {
        return fixedType;
    }

    /** @return every column an import of this kind reads, in template order */
    public List<ContactColumn> columns() {
        return Arrays.stream(ContactColumn.values()).filter(ContactColumn::isImported)
                .filter(c -> c != ContactColumn.TYPE || fixedType == null)
                .filter(c -> !c.isPersonOnly() || fixedType != ContactType.COMPANY)
                .toList();
    }

    /**
     * Writes the template: one header row, comma-separated, ending with CRLF.
     *
     * @param out where to write it; never null
     * @throws IOException when writing fails
     */
    public void writeTemplate(Appendable out) throws IOException {
        CSVFormat.DEFAULT.printRecord(out, columns().stream().map(ContactColumn::header).toArray());
    }
}
