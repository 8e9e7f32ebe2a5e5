package org.embedcrm.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the search terms that find one record's look-alikes")
class SearchTermsTest {

    @Test
    @DisplayName("a person: each e-mail's local part without plus-addressing, the last name, the phones' last 8 digits")
    void person() {
        MatchRecord ann = MatchRecord.person(MatchRecordId.of("1"), "Ann", "Smith")
                .withEmails("Ann.Smith+news@Globex.example", "as@x.example", "nodomain")
                .withPhones("+32 470 12 34 56", "12 34");

        assertThat(SearchTerms.texts(ann)).containsExactly("ann.smith", "nodomain", "smith");
        assertThat(SearchTerms.phoneTails(ann)).containsExactly("70123456");
    }

    @Test
    @DisplayName("an organisation: its longest word; a person without last name: the first name")
    void organisationAndFirstName() {
        assertThat(SearchTerms.texts(MatchRecord.organisation(MatchRecordId.of("1"), "Initech Belgium NV")))
                .containsExactly("initech");
        assertThat(SearchTerms.texts(MatchRecord.person(MatchRecordId.of("2"), "Madonna", null)))
                .containsExactly("madonna");
        assertThat(SearchTerms.texts(MatchRecord.of(MatchRecordId.of("3")))).isEmpty();
    }
}
