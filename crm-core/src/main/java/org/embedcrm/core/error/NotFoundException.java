package org.embedcrm.core.error;

/** A record that does not exist in the caller's tenant (records of other tenants are reported the same way). */
public final class NotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param kind what was looked for, e.g. {@code deal}; its code becomes {@code deal.not-found}
     * @param id   the identifier looked for
     */
    public NotFoundException(String kind, Object id) {
        super(kind + ".not-found", kind + " " + id + " does not exist", null);
    }
}
