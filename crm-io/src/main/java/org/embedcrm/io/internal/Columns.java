package org.embedcrm.io.internal;

import java.util.Optional;

/**
 * The columns of one kind of import file: which headers name them, which are read, and which column a refusal of the
 * core's service is about, so that the error report can point at the cell.
 *
 * @param <C> the columns' type
 */
public interface Columns<C> {

    /** @return what the files hold, in words, for messages: {@code person}, {@code lead} */
    String kindName();

    /**
     * @param header a header cell as written, stripped; never null
     * @return the column of this kind it names, read or read-only
     */
    Optional<C> forHeader(String header);

    /**
     * @param column a column of this kind; never null
     * @return whether an import reads its cells (read-only columns are recognised and ignored)
     */
    boolean isImported(C column);

    /**
     * @param column a column; never null
     * @return the header templates write for it
     */
    String header(C column);

    /**
     * @param field the field path of a violation the service reported, such as {@code emails[1]}; never null
     * @return the column holding that field, or null when none does
     */
    C forField(String field);

    /**
     * @param code the code of an error the service raised, such as {@code contact.email-taken}; never null
     * @return the column whose cell caused it, or null when the whole row is at fault
     */
    C forCode(String code);
}
