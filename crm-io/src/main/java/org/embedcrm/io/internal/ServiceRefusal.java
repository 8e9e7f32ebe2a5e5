package org.embedcrm.io.internal;

import org.embedcrm.core.error.CrmException;

/**
 * What a service refused while a row's cells were being read (defining a missing tag), kept from being taken for a
 * problem of the cell: {@link ImportRun} reports it as the service's refusal of the row.
 */
final class ServiceRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CrmException refusal;

    ServiceRefusal(CrmException refusal) {
        super(null, null, false, false);
        this.refusal = refusal;
    }

    CrmException refusal() {
        return refusal;
    }
}
