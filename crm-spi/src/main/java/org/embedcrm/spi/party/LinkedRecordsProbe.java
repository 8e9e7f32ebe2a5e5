package org.embedcrm.spi.party;

import java.util.List;
import java.util.UUID;

/**
 * Reports the host's own records (invoices, orders, contracts, ...) that point at a contact, so EmbedCRM refuses
 * to delete a contact the host still needs. Register one on {@code Crm.builder()} or through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.embedcrm.spi.party.LinkedRecordsProbe}).
 *
 * <p>Called inside the delete command's transaction, on the caller's thread; implementations must be thread-safe
 * and should answer with one cheap query per kind.
 */
@FunctionalInterface
public interface LinkedRecordsProbe {

    /**
     * @param tenant  the host's tenant key; never null
     * @param contact the contact's id; never null
     * @return the kinds of records linked to it, each with its count; empty when none; never null
     */
    List<LinkedRecords> linkedTo(String tenant, UUID contact);
}
