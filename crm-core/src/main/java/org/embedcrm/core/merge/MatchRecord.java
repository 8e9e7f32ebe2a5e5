package org.embedcrm.core.merge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What duplicate detection knows of a contact or a lead: its identity and the raw values it is compared on, free of
 * how and where the record is stored. Values are kept as given; the finder normalises them.
 *
 * @param id          the record's identifier; never null
 * @param firstName   a person's first (given) name; null when unknown
 * @param lastName    a person's last (family) name; null when unknown
 * @param name        the whole name: an organisation's name or a person's full name; null when unknown
 * @param companyName the company a person works for; null when unknown
 * @param emails      e-mail addresses as given, valid or not; never null, blank entries are dropped
 * @param phones      phone numbers as typed; never null, blank entries are dropped
 * @param vatNumber   the VAT or company registration number; null when unknown
 * @param address     the postal address; null is taken as {@link MatchAddress#none()}
 * @param dateOfBirth a person's date of birth; null when unknown
 */
public record MatchRecord(MatchRecordId id, String firstName, String lastName, String name, String companyName,
                          List<String> emails, List<String> phones, String vatNumber, MatchAddress address,
                          LocalDate dateOfBirth) {

    /** Rejects a null id, strips surrounding whitespace and turns blank values into null. */
    public MatchRecord {
        Objects.requireNonNull(id, "id");
        firstName = clean(firstName);
        lastName = clean(lastName);
        name = clean(name);
        companyName = clean(companyName);
        emails = cleanAll(emails);
        phones = cleanAll(phones);
        vatNumber = clean(vatNumber);
        address = address == null ? MatchAddress.none() : address;
    }

    /**
     * @param id the record's identifier; never null
     * @return a record with that id and no values yet
     */
    public static MatchRecord of(MatchRecordId id) {
        return new MatchRecord(id, null, null, null, null, List.of(), List.of(), null, null, null);
    }

    /**
     * @param id        the record's identifier; never null
     * @param firstName the first name; may be null
     * @param lastName  the last name; may be null
     * @return a person's record with those names
     */
    public static MatchRecord person(MatchRecordId id, String firstName, String lastName) {
        return of(id).withFirstName(firstName).withLastName(lastName);
    }

    /**
     * @param id   the record's identifier; never null
     * @param name the organisation's name; may be null
     * @return an organisation's record with that name
     */
    public static MatchRecord organisation(MatchRecordId id, String name) {
        return of(id).withName(name);
    }

    /**
     * @param value the first name; may be null
     * @return this record with that first name
     */
    public MatchRecord withFirstName(String value) {
        return new MatchRecord(id, value, lastName, name, companyName, emails, phones, vatNumber, address,
                dateOfBirth);
    }

    /**
     * @param value the last name; may be null
     * @return this record with that last name
     */
    public MatchRecord withLastName(String value) {
        return new MatchRecord(id, firstName, value, name, companyName, emails, phones, vatNumber, address,
                dateOfBirth);
    }

    /**
     * @param value the organisation's or the person's whole name; may be null
     * @return this record with that name
     */
    public MatchRecord withName(String value) {
        return new MatchRecord(id, firstName, lastName, value, companyName, emails, phones, vatNumber, address,
                dateOfBirth);
    }

    /**
     * @param value the company the person works for; may be null
     * @return this record with that company name
     */
    public MatchRecord withCompanyName(String value) {
        return new MatchRecord(id, firstName, lastName, name, value, emails, phones, vatNumber, address, dateOfBirth);
    }

    /**
     * @param values e-mail addresses; null entries are dropped
     * @return this record with those addresses instead of its own
     */
    public MatchRecord withEmails(String... values) {
        return new MatchRecord(id, firstName, lastName, name, companyName, Arrays.asList(values), phones, vatNumber,
                address, dateOfBirth);
    }

    /**
     * @param values phone numbers as typed; null entries are dropped
     * @return this record with those numbers instead of its own
     */
    public MatchRecord withPhones(String... values) {
        return new MatchRecord(id, firstName, lastName, name, companyName, emails, Arrays.asList(values), vatNumber,
                address, dateOfBirth);
    }

    /**
     * @param value the VAT number; may be null
     * @return this record with that VAT number
     */
    public MatchRecord withVatNumber(String value) {
        return new MatchRecord(id, firstName, lastName, name, companyName, emails, phones, value, address,
                dateOfBirth);
    }

    /**
     * @param value the postal address; may be null for none
     * @return this record with that address
     */
    public MatchRecord withAddress(MatchAddress value) {
        return new MatchRecord(id, firstName, lastName, name, companyName, emails, phones, vatNumber, value,
                dateOfBirth);
    }

    /**
     * @param value the date of birth; may be null
     * @return this record with that date of birth
     */
    public MatchRecord withDateOfBirth(LocalDate value) {
        return new MatchRecord(id, firstName, lastName, name, companyName, emails, phones, vatNumber, address, value);
    }

    /** @return the value stripped of surrounding whitespace, or null when it is null or blank */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> cleanAll(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(MatchRecord::clean).filter(Objects::nonNull).toList();
    }
}
