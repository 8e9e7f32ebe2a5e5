package org.embedcrm.examples;

import java.util.Objects;
import org.embedcrm.core.party.Contact;

/**
 * Who a deal is with: the company, and the person buying for it when the company has a primary contact.
 *
 * @param company  a company contact; never null
 * @param customer the person the deal is with, or null
 */
record DealParties(Contact company, Contact customer) {

    /** Rejects a missing company. */
    DealParties {
        Objects.requireNonNull(company, "company");
    }

    /** @return the company's name, with the person's in brackets when there is one */
    String describe() {
        return company.profile().displayName()
                + (customer == null ? "" : " (" + customer.profile().displayName() + ")");
    }
}
