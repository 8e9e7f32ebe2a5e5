/**
 * Extension points feeding the customer health score from the host ERP: payment history, contract value and open
 * support tickets. A source that is absent makes its factor neutral.
 */
package org.embedcrm.spi.scoring;
