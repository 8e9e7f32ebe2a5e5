package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;
import org.embedcrm.core.party.ContactRole;

/**
 * A contact's roles as one flag column each in {@code embedcrm_contacts}: a filter on any of them stays on the row.
 *
 * @param customer whether it buys from the tenant
 * @param prospect whether it may buy
 * @param supplier whether it sells to the tenant
 * @param workshop whether it services goods for the tenant
 */
@Embeddable
record RoleColumns(
        @Column(name = "role_customer", nullable = false) boolean customer,
        @Column(name = "role_prospect", nullable = false) boolean prospect,
        @Column(name = "role_supplier", nullable = false) boolean supplier,
        @Column(name = "role_workshop", nullable = false) boolean workshop) {

    /** The attribute name of each role's column, for queries. */
    static String attribute(ContactRole role) {
        return switch (role) {
            case CUSTOMER -> "customer";
            case PROSPECT -> "prospect";
            case SUPPLIER -> "supplier";
            case WORKSHOP -> "workshop";
        };
    }

    static RoleColumns of(Set<ContactRole> roles) {
        return new RoleColumns(roles.contains(ContactRole.CUSTOMER), roles.contains(ContactRole.PROSPECT),
                roles.contains(ContactRole.SUPPLIER), roles.contains(ContactRole.WORKSHOP));
    }

    Set<ContactRole> toRoles() {
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        if (customer) {
            roles.add(ContactRole.CUSTOMER);
        }
        if (prospect) {
            roles.add(ContactRole.PROSPECT);
        }
        if (supplier) {
            roles.add(ContactRole.SUPPLIER);
        }
        if (workshop) {
            roles.add(ContactRole.WORKSHOP);
        }
        return roles;
    }
}
