package org.embedcrm.plugin.peppol.internal;

import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;

/** A place that knows whether a participant is registered: its SMP, the PEPPOL Directory, or a cache of either. */
interface Registry {

    /**
     * @param participant the participant; never null
     * @return what the registry says; never null
     * @throws ParticipantLookupException when it gives no usable answer
     */
    ParticipantRegistration find(ParticipantId participant);
}
