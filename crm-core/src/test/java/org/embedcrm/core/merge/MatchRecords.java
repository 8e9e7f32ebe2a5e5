package org.embedcrm.core.merge;

import java.time.LocalDate;

/** Records for tests: valid people and organisations to change one thing of. */
final class MatchRecords {

    private MatchRecords() {
    }

    /** @return Anna Peeters, born 2 March 1985, in Gent, with her e-mail address and mobile phone */
    static MatchRecord annaPeeters(String id) {
        return MatchRecord.person(MatchRecordId.of(id), "Anna", "Peeters")
                .withEmails("anna.peeters@acme.be")
                .withPhones("0470 12 34 56")
                .withDateOfBirth(LocalDate.of(1985, 3, 2))
                .withAddress(MatchAddress.of("Kerkstraat 12", "9000", "Gent", "BE"));
    }

    /** @return a person with only a name, born on the given day */
    static MatchRecord person(String id, String first, String last, LocalDate born) {
        return MatchRecord.person(MatchRecordId.of(id), first, last).withDateOfBirth(born);
    }

    /** @return Acme NV in Brussels */
    static MatchRecord acme(String id) {
        return MatchRecord.organisation(MatchRecordId.of(id), "Acme NV")
                .withVatNumber("BE 0123.456.749")
                .withEmails("info@acme.be")
                .withPhones("02 123 45 67")
                .withAddress(MatchAddress.of("Rue de la Loi 16", "1000", "Bruxelles", "BE"));
    }
}
