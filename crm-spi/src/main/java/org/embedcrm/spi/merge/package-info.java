/** Extension point for merges: the host's own records (invoices, orders, contracts) follow a merged contact. */
package org.embedcrm.spi.merge;
