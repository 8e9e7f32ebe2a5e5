/**
 * The deal context: pipelines and their stages (default / won / lost, order), deals moving through them, close
 * dates, lost reasons, the stage history and the board.
 *
 * <p>Aggregates ({@link org.embedcrm.core.deal.Pipeline}, {@link org.embedcrm.core.deal.Deal},
 * {@link org.embedcrm.core.deal.LostReason}) guard their own invariants and change only through
 * {@link org.embedcrm.core.deal.PipelineService}, {@link org.embedcrm.core.deal.DealService} and
 * {@link org.embedcrm.core.deal.LostReasonService}; {@link org.embedcrm.core.deal.Pipelines},
 * {@link org.embedcrm.core.deal.Deals} and {@link org.embedcrm.core.deal.LostReasons} are the ports an adapter
 * implements.
 */
package org.embedcrm.core.deal;
