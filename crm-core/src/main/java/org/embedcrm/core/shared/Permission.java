package org.embedcrm.core.shared;

/** What an actor may be allowed to do; the host's {@link org.embedcrm.core.port.Authorization} decides. */
public enum Permission {
    /** Create, change, reorder and delete pipelines, stages and lost reasons (the Admin and Manager roles). */
    MANAGE_PIPELINES,
    /** Create, change, reorder and delete tags, contact statuses, relationship types and customer groups. */
    MANAGE_CONTACT_SETTINGS
}
