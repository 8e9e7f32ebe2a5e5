package org.embedcrm.io.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One record of a CSV file as read: its row number and its cells, apostrophes of neutralised formulas removed.
 *
 * @param row   the row as a spreadsheet numbers it (the header is row 1)
 * @param cells the cells, in file order; never null
 */
public record CsvRow(long row, List<String> cells) {

    /** Copies the cells. */
    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** @return the positions of the cells holding bytes the encoding could not decode, in order */
    public List<Integer> undecodableCells() {
        return IntStream.range(0, cells.size())
                .filter(i -> cells.get(i).indexOf(CsvRows.UNDECODABLE) >= 0).boxed().toList();
    }
}
