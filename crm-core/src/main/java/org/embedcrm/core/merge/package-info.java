/**
 * The merge context: finding duplicate contacts and leads at scale, and merging two records with everything linked to
 * them.
 *
 * <p>Detection works on {@link org.embedcrm.core.merge.MatchRecord}s, plain values independent of storage. A
 * {@link org.embedcrm.core.merge.DuplicateFinder} normalises them, groups them into blocks by
 * {@link org.embedcrm.core.merge.BlockingKey}s so that work grows with the number of records rather than its square,
 * scores each candidate pair on the {@link org.embedcrm.core.merge.MatchField}s its
 * {@link org.embedcrm.core.merge.DuplicateCriteria} weigh, and joins accepted pairs into clusters. Every reported
 * {@link org.embedcrm.core.merge.DuplicatePair} carries its {@link org.embedcrm.core.merge.MatchEvidence}. Records
 * come from a {@link org.embedcrm.core.merge.DuplicateCandidates} port: in memory, or block by block from a database.
 */
package org.embedcrm.core.merge;
