package org.embedcrm.core.party;

/** A role a contact plays for the tenant; a contact may hold several at once. */
public enum ContactRole {
    /** Buys from the tenant. */
    CUSTOMER,
    /** May buy; becomes a customer when the host reports its first confirmed order. */
    PROSPECT,
    /** Sells to the tenant. */
    SUPPLIER,
    /** Repairs or services goods for the tenant. */
    WORKSHOP
}
