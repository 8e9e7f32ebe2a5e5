package org.embedcrm.core.party;

import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Money;

/**
 * The commercial terms a host's finance draws from a customer record.
 *
 * @param paymentTerms     net days or a named term, or null
 * @param creditLimit      zero or more, or null for no limit set
 * @param vatNumber        or null
 * @param customerGroup    the group it belongs to (pricing, reporting), or null
 * @param documentLanguage the language its documents are printed in, or null
 */
public record CustomerTerms(PaymentTerms paymentTerms, Money creditLimit, VatNumber vatNumber,
                            CustomerGroupId customerGroup, LanguageCode documentLanguage) {

    /** Rejects a negative credit limit. */
    public CustomerTerms {
        if (creditLimit != null && creditLimit.isNegative()) {
            throw ValidationException.of("creditLimit", "contact.credit-limit.negative",
                    "a credit limit is zero or more: " + creditLimit);
        }
    }

    /** @return terms with nothing set */
    public static CustomerTerms none() {
        return new CustomerTerms(null, null, null, null, null);
    }
}
