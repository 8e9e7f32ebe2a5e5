package org.embedcrm.io.csv;

/**
 * Told how far an import has come, after every chunk of rows is stored (or, in a dry run, checked). Called on the
 * importing thread, outside any transaction; what a listener throws ends the import and reaches its caller, the
 * chunks stored until then staying stored.
 */
@FunctionalInterface
public interface ImportListener {

    /**
     * @param soFar the counts of every row read so far; never null
     */
    void chunkDone(ImportCounts soFar);

    /** @return a listener that ignores every report */
    static ImportListener ignoring() {
        return soFar -> { };
    }
}
