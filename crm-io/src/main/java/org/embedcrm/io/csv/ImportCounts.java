package org.embedcrm.io.csv;

/**
 * How many rows an import has read so far and what became of them. Every row read is exactly one of created,
 * updated, unchanged or rejected.
 *
 * @param rows      data rows read (the header not counted)
 * @param created   rows that created a contact (or would have, in a dry run)
 * @param updated   rows that changed an existing contact (or would have)
 * @param unchanged rows matching an existing contact that already holds every value of the row: nothing written
 * @param rejected  rows refused, each with at least one {@link RowError}
 */
public record ImportCounts(long rows, long created, long updated, long unchanged, long rejected) {

    /** Rejects negative counts and counts that do not add up to the rows read. */
    public ImportCounts {
        if (rows < 0 || created < 0 || updated < 0 || unchanged < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
        if (created + updated + unchanged + rejected != rows) {
            throw new IllegalArgumentException("every row read is created, updated, unchanged or rejected");
        }
    }

    /** @return the counts before any row is read */
    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0);
    }

    /**
     * @param other counts of later rows; never null
     * @return the sum of both
     */
    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rows + other.rows, created + other.created, updated + other.updated,
                unchanged + other.unchanged, rejected + other.rejected);
    }
}
