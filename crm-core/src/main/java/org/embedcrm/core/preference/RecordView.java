package org.embedcrm.core.preference;

/** How a list of contacts, leads or deals opens: as a table or as a board of columns. */
public enum RecordView {
    /** A table, one record per row. */
    LIST,
    /** A board of cards in columns: by status for contacts and leads, by stage for deals. */
    BOARD
}
