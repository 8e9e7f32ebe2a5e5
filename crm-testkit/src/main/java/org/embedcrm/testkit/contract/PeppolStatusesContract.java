package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.error.ExternalServiceException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.einvoicing.PeppolStatuses} port, through e-invoicing checks. */
public abstract class PeppolStatusesContract extends StoreContract {

    private static final DocumentType INVOICE = DocumentType.parse(
            "busdox-docid-qns::urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017"
                    + "#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1");

    private Contact company(String vat) {
        return crm().contacts().create(aCompany().vatNumber(vat).build());
    }

    @Nested
    @DisplayName("checking a contact")
    class Checking {

        @Test
        @DisplayName("a registered company is stored with its participant and document types, and read back in lists")
        void registered() {
            Contact globex = company("BE0428759497");
            Contact initech = company("BE0403170701");
            fixture.peppol().register("9925:BE0428759497", List.of(INVOICE));

            PeppolStatus status = crm().einvoicing().check(globex.id()).orElseThrow();
            crm().einvoicing().check(initech.id());

            assertThat(status.registered()).isTrue();
            assertThat(status.participant()).isEqualTo("iso6523-actorid-upis::9925:BE0428759497");
            assertThat(status.documentTypes()).containsExactly(INVOICE.asText());
            assertThat(status.checkedAt()).isEqualTo(fixture.clock().instant());
            assertThat(crm().einvoicing().status(globex.id())).contains(status);
            Map<?, PeppolStatus> page = crm().einvoicing().statuses(List.of(globex.id(), initech.id()));
            assertThat(page).hasSize(2);
            assertThat(page.get(initech.id()).registered()).isFalse();
        }

        @Test
        @DisplayName("a Belgian company registered under its enterprise number (0208) is found by it first")
        void enterpriseNumber() {
            Contact globex = company("BE0428759497");
            fixture.peppol().register("0208:0428759497", List.of(INVOICE));

            PeppolStatus status = crm().einvoicing().check(globex.id()).orElseThrow();

            assertThat(status.registered()).isTrue();
            assertThat(status.participant()).isEqualTo("iso6523-actorid-upis::0208:0428759497");
            assertThat(fixture.peppol().lookups()).hasSize(1);
        }

        @Test
        @DisplayName("a later check replaces the stored status")
        void replaced() {
            Contact globex = company("BE0428759497");
            crm().einvoicing().check(globex.id());
            fixture.peppol().register("9925:BE0428759497", List.of(INVOICE));
            fixture.clock().advance(Duration.ofDays(1));

            crm().einvoicing().check(globex.id());

            PeppolStatus stored = crm().einvoicing().status(globex.id()).orElseThrow();
            assertThat(stored.registered()).isTrue();
            assertThat(stored.checkedAt()).isEqualTo(fixture.clock().instant());
        }

        @Test
        @DisplayName("a contact without a VAT number has nothing to check; an unreachable registry stores nothing")
        void nothingStored() {
            Contact noVat = crm().contacts().create(aCompany().build());
            Contact globex = company("BE0428759497");
            fixture.peppol().down(true);

            assertThat(crm().einvoicing().check(noVat.id())).isEmpty();
            assertThatCrmError(() -> crm().einvoicing().check(globex.id())).isA(ExternalServiceException.class)
                    .hasCode(ExternalServiceException.FAILED);
            assertThat(crm().einvoicing().status(globex.id())).isEmpty();
        }

        @Test
        @DisplayName("other tenants see no status")
        void isolation() {
            Contact globex = company("BE0428759497");
            crm().einvoicing().check(globex.id());

            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThat(crm().einvoicing().statuses(List.of(globex.id()))).isEmpty();
        }
    }
}
