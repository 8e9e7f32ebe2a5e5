package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("normalising an organisation's name")
class CompanyNamesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Acme NV", "ACME N.V.", "Acme BV", "Acme B.V.B.A.", "Acme bvba", "Acme SRL", "Acme GmbH",
            "Acme AG", "Acme Ltd", "Acme Ltd.", "Acme Limited", "Acme, LLC", "Acme Inc.", "Acme SA", "Acme S.A.",
            "Acme SAS", "Acme SARL", "Acme S.à r.l.", "Acme S.p.A.", "Acme SpA", "Acme Oy", "Acme AB", "Acme AS",
            "Acme PLC", "Acme GmbH & Co. KG", "Acme Co., Ltd.", "Acme Pty Ltd", "NV Acme", "Acme Corporation",
            "  acme  "})
    @DisplayName("drops the legal form at either end, however it is written")
    void dropsLegalForms(String name) {
        assertThat(CompanyNames.normalise(name)).isEqualTo("acme");
    }

    @Test
    @DisplayName("keeps legal-form words inside the name, and a name that is nothing but a legal form")
    void keepsTheRest() {
        assertThat(CompanyNames.normalise("Banco AG Santander SA")).isEqualTo("banco ag santander");
        assertThat(CompanyNames.normalise("Société Générale S.A.")).isEqualTo("societe generale");
        assertThat(CompanyNames.normalise("Limited")).isEqualTo("limited");
        assertThat(CompanyNames.normalise(" - ")).isNull();
        assertThat(CompanyNames.normalise(null)).isNull();
    }
}
