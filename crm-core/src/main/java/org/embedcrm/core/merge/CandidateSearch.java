package org.embedcrm.core.merge;

/**
 * The candidates of one search for duplicates among the stored contacts, opened by {@link ContactCandidates#open}:
 * what the store filed for the search stays until {@link #close()}. Used by one thread at a time.
 */
public interface CandidateSearch extends DuplicateCandidates, AutoCloseable {

    /** Drops what the store filed for this search; calling it again does nothing. */
    @Override
    void close();
}
