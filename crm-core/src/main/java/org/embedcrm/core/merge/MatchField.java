package org.embedcrm.core.merge;

/**
 * A value two records are compared on. Which fields count, and how much, is up to the {@link DuplicateCriteria}.
 */
public enum MatchField {

    /**
     * A person's first name; compared with Jaro-Winkler and Double Metaphone, also against the other last name; an
     * agreement on a rare first name counts more than one on a common first name, and a first name one record lacks
     * nearly agrees when its e-mail address starts or ends with the other record's.
     */
    FIRST_NAME,
    /**
     * A person's last name; compared like {@link #FIRST_NAME}, so that swapped first and last names still match; an
     * agreement on a rare last name counts more than one on a common last name, and a last name one record lacks
     * nearly agrees when its e-mail address starts or ends with the other record's.
     */
    LAST_NAME,
    /** The whole name of an organisation or person, without legal suffixes; compared word by word. */
    NAME,
    /** The company a person works for, without legal suffixes; compared like {@link #NAME}. */
    COMPANY_NAME,
    /** E-mail addresses: lower-cased, plus-addressing stripped; the same address is a strong key. */
    EMAIL,
    /** The domain of e-mail addresses, for organisations; free-mail domains such as gmail.com never count. */
    EMAIL_DOMAIN,
    /** Phone numbers in E.164, or their last seven digits where the area code is missing; a strong key. */
    PHONE,
    /** The VAT or registration number, letters and digits only; a strong key. */
    VAT_NUMBER,
    /**
     * Street and house number, with common abbreviations unified; different house numbers never match, and one street
     * name at one house number nearly matches whatever direction or street type either leaves out.
     */
    STREET,
    /** The postal code, without spaces. */
    POSTCODE,
    /**
     * The city or town, compared with Jaro-Winkler; an agreement on a town few records share counts more than one on
     * the capital.
     */
    CITY,
    /**
     * A person's date of birth; a transposed day and month, one wrong digit, a mistyped decade or dates a few years
     * apart still count partly; an agreement on a date few records share counts more than one on a common date.
     */
    DATE_OF_BIRTH
}
