package org.embedcrm.core.merge.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.merge.MatchRecord;

/**
 * Turns a {@link MatchRecord} into a {@link NormalisedRecord}: normalises the values of the fields compared (names
 * always, as they also order oversized blocks) and computes the blocking keys.
 */
public final class RecordNormaliser {

    private static final int SORTED_NAME = 120;

    private final Set<MatchField> fields;
    private final String defaultRegion;

    /**
     * @param fields        the fields compared; never null
     * @param defaultRegion the region of national phone numbers when a record's address names no country code; may be
     *                      null
     */
    public RecordNormaliser(Set<MatchField> fields, String defaultRegion) {
        this.fields = Set.copyOf(fields);
        this.defaultRegion = defaultRegion;
    }

    /**
     * @param record the record; never null
     * @return its normalised values and blocking keys
     */
    public NormalisedRecord normalise(MatchRecord record) {
        String first = Texts.fold(record.firstName());
        String last = Texts.fold(record.lastName());
        String name = CompanyNames.normalise(record.name());
        List<String> emails = fields.contains(MatchField.EMAIL) || fields.contains(MatchField.EMAIL_DOMAIN)
                ? record.emails().stream().map(EmailAddresses::normalise).filter(Objects::nonNull).distinct().toList()
                : List.of();
        List<String> domains = emails.stream().map(EmailAddresses::companyDomain).filter(Objects::nonNull).distinct()
                .toList();
        String region = region(record.address().country());
        NormalisedRecord values = new NormalisedRecord(record.id(), first, last, Phonetics.code(first),
                Phonetics.code(last), name,
                value(MatchField.COMPANY_NAME, record.companyName(), CompanyNames::normalise), emails, domains,
                all(MatchField.PHONE, record.phones(), phone -> PhoneNumbers.normalise(phone, region)),
                value(MatchField.VAT_NUMBER, record.vatNumber(), RecordNormaliser::vat),
                value(MatchField.STREET, record.address().street(), Streets::normalise),
                value(MatchField.POSTCODE, record.address().postcode(), RecordNormaliser::postcode),
                value(MatchField.CITY, record.address().city(), Texts::fold),
                fields.contains(MatchField.DATE_OF_BIRTH) ? record.dateOfBirth() : null,
                sortKey(record, first, last, name), List.of());
        return BlockingKeys.withKeys(values, fields);
    }

    private String value(MatchField field, String raw, Function<String, String> normaliser) {
        return fields.contains(field) ? normaliser.apply(raw) : null;
    }

    private List<String> all(MatchField field, List<String> raw, Function<String, String> normaliser) {
        return fields.contains(field)
                ? raw.stream().map(normaliser).filter(Objects::nonNull).distinct().toList()
                : List.of();
    }

    private String region(String country) {
        return country != null && country.length() == 2 ? country.toUpperCase(Locale.ROOT) : defaultRegion;
    }

    /**
     * @param record the record; never null
     * @return its {@link NormalisedRecord#sortKey()}, from its names, date of birth and id only, without the cost of
     *         normalising its other values
     */
    public static String sortKey(MatchRecord record) {
        return sortKey(record, Texts.fold(record.firstName()), Texts.fold(record.lastName()),
                CompanyNames.normalise(record.name()));
    }

    /**
     * The order of an oversized block, whose records share its key's value (a name, a town, a domain): by date of
     * birth first, so that a window's neighbours agree on another field than the one they share, then by name.
     *
     * @return the date of birth, a character below every printable one, the name (the last name first for a person)
     *         cut to {@value #SORTED_NAME} characters, that character again and the id: unique, and storable in any
     *         database's text column
     */
    private static String sortKey(MatchRecord record, String first, String last, String name) {
        String key = name != null ? name : (Objects.requireNonNullElse(last, "") + " "
                + Objects.requireNonNullElse(first, "")).strip();
        String born = record.dateOfBirth() == null ? "" : record.dateOfBirth().toString();
        return born + "\u0001" + key.substring(0, Math.min(key.length(), SORTED_NAME)) + "\u0001"
                + record.id().value();
    }

    /** @return letters and digits in upper case, without a two-letter country prefix before the digits */
    static String vat(String raw) {
        String vat = raw == null ? "" : raw.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        if (vat.length() > 2 && Character.isLetter(vat.charAt(0)) && Character.isLetter(vat.charAt(1))
                && Character.isDigit(vat.charAt(2))) {
            vat = vat.substring(2);
        }
        return vat.isEmpty() ? null : vat;
    }

    private static String postcode(String raw) {
        String folded = Texts.fold(raw);
        return folded == null ? null : folded.replace(" ", "");
    }
}
