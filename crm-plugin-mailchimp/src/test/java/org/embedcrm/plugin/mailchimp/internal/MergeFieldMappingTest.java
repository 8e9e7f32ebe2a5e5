package org.embedcrm.plugin.mailchimp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the merge field mapping")
class MergeFieldMappingTest {

    @Test
    @DisplayName("fills FNAME and LNAME, then each mapped attribute the member has, in the order written")
    void fillsMappedFields() {
        MergeFieldMapping mapping = MergeFieldMapping.parse(" CITY = city ,COMPANY=company,, VAT_ID=vatId");

        Map<String, String> fields = mapping.mergeFields("Jane", "Doe",
                Map.of("company", "Acme", "city", "Ghent", "phone", "+32 9 123 45 67"));

        assertThat(fields).containsExactly(Map.entry("FNAME", "Jane"), Map.entry("LNAME", "Doe"),
                Map.entry("CITY", "Ghent"), Map.entry("COMPANY", "Acme"));
    }

    @Test
    @DisplayName("is empty when the setting is blank")
    void blank() {
        assertThat(MergeFieldMapping.parse(" ").attributeByTag()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPANY", "COMPANY=", "company=company", "FNAME=firstName", "EMAIL=email",
            "TOO_LONG_TAG=x", "CITY=city,CITY=town", "A=b=c"})
    @DisplayName("refuses malformed pairs, tags Mailchimp would not accept, reserved tags and repeats")
    void refusesMalformed(String setting) {
        assertThatThrownBy(() -> MergeFieldMapping.parse(setting)).isInstanceOf(IllegalArgumentException.class);
    }
}
