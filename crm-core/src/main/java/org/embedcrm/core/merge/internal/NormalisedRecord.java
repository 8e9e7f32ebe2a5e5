package org.embedcrm.core.merge.internal;

import java.time.LocalDate;
import java.util.List;
import org.embedcrm.core.merge.MatchRecordId;

/**
 * A record's values normalised once for all its comparisons, with its blocking keys. Every text is folded; a value
 * that is missing, or that normalisation leaves empty, is null (or an empty list).
 *
 * @param id             the record's id
 * @param first          the folded first name
 * @param last           the folded last name
 * @param firstCode      the first name's Double Metaphone code
 * @param lastCode       the last name's Double Metaphone code
 * @param name           the whole name, folded and without legal form
 * @param company        the employer's name, folded and without legal form
 * @param emails         the normalised e-mail addresses
 * @param companyDomains the e-mail domains that are no free mail
 * @param phones         the numbers in E.164, or as digits
 * @param vat            the VAT number: letters and digits, upper case, without a country prefix
 * @param street         the normalised street
 * @param postcode       the folded postcode without spaces
 * @param city           the folded city
 * @param dateOfBirth    the date of birth
 * @param sortKey        the text oversized blocks are ordered by
 * @param keys           the blocking keys, sorted
 */
public record NormalisedRecord(MatchRecordId id, String first, String last, String firstCode, String lastCode,
                               String name, String company, List<String> emails, List<String> companyDomains,
                               List<String> phones, String vat, String street, String postcode, String city,
                               LocalDate dateOfBirth, String sortKey, List<String> keys) {
}
