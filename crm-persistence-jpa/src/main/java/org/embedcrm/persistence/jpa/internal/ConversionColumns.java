package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.LeadConversion;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.UserRef;

/**
 * What a lead was converted into, in {@code embedcrm_leads}; all null while it is not converted.
 *
 * @param convertedAt when; never null in a conversion
 * @param convertedBy by whom; never null in a conversion
 * @param customerId  the customer contact; never null in a conversion
 * @param companyId   the company contact, or null
 * @param dealId      the deal opened, or null
 */
@Embeddable
record ConversionColumns(
        @Column(name = "converted_at") Instant convertedAt,
        @Column(name = "converted_by", length = 128) String convertedBy,
        @Column(name = "customer_id") UUID customerId,
        @Column(name = "company_id") UUID companyId,
        @Column(name = "conversion_deal_id") UUID dealId) {

    /** @return the columns, or null for a lead not converted (Hibernate reads all-null columns as null) */
    static ConversionColumns of(LeadConversion conversion) {
        return conversion == null ? null : new ConversionColumns(conversion.at(), conversion.by().value(),
                conversion.customer().value(), conversion.company() == null ? null : conversion.company().value(),
                conversion.deal() == null ? null : conversion.deal().value());
    }

    /** @return the conversion the columns hold, or null for null columns */
    static LeadConversion toConversion(ConversionColumns columns) {
        return columns == null ? null : new LeadConversion(columns.convertedAt, new UserRef(columns.convertedBy),
                new ContactId(columns.customerId), columns.companyId == null ? null : new ContactId(columns.companyId),
                columns.dealId == null ? null : new DealId(columns.dealId));
    }
}
