package org.embedcrm.core.shared;

import org.embedcrm.core.error.ValidationException;

/**
 * The host's tenant (a company, an organisation) a record belongs to; nothing is read or written across tenants.
 *
 * @param value the host's opaque tenant key, 1 to 64 characters; never null
 */
public record TenantId(String value) {

    /** Rejects blank keys and keys over 64 characters. */
    public TenantId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw ValidationException.of("tenant", "tenant.invalid", "a tenant key has 1 to 64 characters: " + value);
        }
    }

    /**
     * @param value the host's tenant key
     * @return that tenant
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
