package org.embedcrm.core.merge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.embedcrm.core.merge.MatchField;

/**
 * The blocking keys of a record: each groups records worth comparing, and a record has several, so that a typo in one
 * field still leaves others to meet by. For each field compared:
 *
 * <ul>
 *   <li>e-mail: each normalised address, its local part (before the {@code @}) when it has four characters or more,
 *   so that a typo in the domain still meets, the first three characters of the local part and of the domain unless
 *   it is free mail, so that typos further on in both still meet, and its domain unless it is free mail;</li>
 *   <li>phone: the last seven digits of each number; VAT number: the number;</li>
 *   <li>first and last name: the phonetic code of each, and the code of each with the other's initial, so that
 *   swapped names meet;</li>
 *   <li>date of birth: the date, the year with the phonetic code of each name, so that a typo in the day or month
 *   still meets, and the day and month with the code of each name, so that a typo in the year still meets;</li>
 *   <li>city: the city, and the city with the phonetic code of each name, so that people without a postcode meet
 *   by their town;</li>
 *   <li>name: its words sorted, and each word of three letters or more;</li>
 *   <li>company name: the name with the phonetic code of the person's last name;</li>
 *   <li>postcode: the postcode with the last name's code or the name's first three letters;</li>
 *   <li>street: the house number with the street's first word.</li>
 * </ul>
 *
 * <p>The keys of a last name's code ({@value ValueFrequencies#LAST_NAME}) and those under
 * {@value ValueFrequencies#SAME} (first name's code, date of birth, city) also count how common a value is.
 */
final class BlockingKeys {

    private static final int NAME_PREFIX = 3;
    private static final int MIN_WORD = 3;
    private static final int MIN_LOCAL_PART = 4;
    private static final Set<String> DIRECTIONS = Set.of("n", "s", "e", "w");

    private BlockingKeys() {
    }

    /**
     * @param record the normalised values, keys ignored; never null
     * @param fields the fields compared; never null
     * @return the record with its keys, sorted
     */
    static NormalisedRecord withKeys(NormalisedRecord record, Set<MatchField> fields) {
        TreeSet<String> keys = new TreeSet<>();
        for (String email : record.emails()) {
            keys.add("email:" + email);
            int at = email.indexOf('@');
            if (at >= MIN_LOCAL_PART) {
                keys.add("local:" + email.substring(0, at));
            }
            if (at > 0 && at < email.length() - 1 && !FreeMailDomains.isFreeMail(email.substring(at + 1))) {
                keys.add("mailbox:" + prefix(email.substring(0, at)) + "@" + prefix(email.substring(at + 1)));
            }
        }
        record.companyDomains().forEach(domain -> keys.add("domain:" + domain));
        if (fields.contains(MatchField.PHONE)) {
            record.phones().forEach(phone -> keys.add("phone:" + PhoneNumbers.localDigits(phone)));
        }
        addIfPresent(keys, "vat:", record.vat());
        if (fields.contains(MatchField.FIRST_NAME) || fields.contains(MatchField.LAST_NAME)) {
            addNameKeys(keys, record);
        }
        LocalDate born = record.dateOfBirth();
        if (born != null) {
            keys.add(ValueFrequencies.DATE_OF_BIRTH + born);
            addWithNameCodes(keys, "born:" + born.getYear() + ":", record);
            addWithNameCodes(keys, String.format(Locale.ROOT, "birthday:%02d-%02d:", born.getMonthValue(),
                    born.getDayOfMonth()), record);
        }
        if (record.city() != null) {
            keys.add(ValueFrequencies.CITY + record.city());
            addWithNameCodes(keys, "town:" + record.city() + ":", record);
        }
        if (fields.contains(MatchField.NAME) && record.name() != null) {
            keys.add("words:" + Texts.sortedWords(record.name()));
            for (String word : record.name().split(" ")) {
                if (word.length() >= MIN_WORD) {
                    keys.add("word:" + word);
                }
            }
        }
        if (record.company() != null && record.lastCode() != null) {
            keys.add("company:" + record.company() + ":" + record.lastCode());
        }
        if (record.postcode() != null) {
            addIfPresent(keys, "postcode:" + record.postcode() + ":", record.lastCode());
            addIfPresent(keys, "postcode:" + record.postcode() + ":", prefix(record.name()));
        }
        if (record.street() != null) {
            addIfPresent(keys, "street:", streetKey(record.street()));
        }
        return new NormalisedRecord(record.id(), record.first(), record.last(), record.firstCode(), record.lastCode(),
                record.name(), record.company(), record.emails(), record.companyDomains(), record.phones(),
                record.vat(), record.street(), record.postcode(), record.city(), record.dateOfBirth(),
                record.sortKey(), List.copyOf(keys));
    }

    private static void addNameKeys(Set<String> keys, NormalisedRecord record) {
        addIfPresent(keys, ValueFrequencies.LAST_NAME, record.lastCode());
        addIfPresent(keys, ValueFrequencies.FIRST_NAME, record.firstCode());
        if (record.first() != null && record.lastCode() != null) {
            keys.add("name:" + record.lastCode() + ":" + initial(record.first()));
        }
        if (record.last() != null && record.firstCode() != null) {
            keys.add("name:" + record.firstCode() + ":" + initial(record.last()));
        }
    }

    /** @return the house number and the street's first word after it that is no direction, or null */
    private static String streetKey(String street) {
        String number = Streets.houseNumber(street);
        if (number == null) {
            return null;
        }
        for (String word : Streets.withoutHouseNumber(street).split(" ")) {
            if (!DIRECTIONS.contains(word)) {
                return number + ":" + word;
            }
        }
        return number;
    }

    private static void addWithNameCodes(Set<String> keys, String prefix, NormalisedRecord record) {
        addIfPresent(keys, prefix, record.firstCode());
        addIfPresent(keys, prefix, record.lastCode());
    }

    private static void addIfPresent(Set<String> keys, String prefix, String value) {
        if (value != null) {
            keys.add(prefix + value);
        }
    }

    private static String initial(String folded) {
        return folded == null ? null : folded.substring(0, 1);
    }

    private static String prefix(String folded) {
        return folded == null ? null : folded.substring(0, Math.min(NAME_PREFIX, folded.length()));
    }
}
