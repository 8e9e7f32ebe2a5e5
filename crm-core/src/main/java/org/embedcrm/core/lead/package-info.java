/**
 * The lead context: potential business not yet qualified, with configurable statuses (the lead board's columns,
 * with the converted and lost statuses configured rather than guessed), sources, assignment with notifications,
 * and the conversion of a lead into a customer, a company and a deal in one atomic command.
 */
package org.embedcrm.core.lead;
