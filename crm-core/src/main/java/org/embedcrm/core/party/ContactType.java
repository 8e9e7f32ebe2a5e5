package org.embedcrm.core.party;

/** Whether a contact is a person or a company. */
public enum ContactType {
    /** A natural person, with a first and last name. */
    PERSON,
    /** An organisation; persons may work at it. */
    COMPANY
}
