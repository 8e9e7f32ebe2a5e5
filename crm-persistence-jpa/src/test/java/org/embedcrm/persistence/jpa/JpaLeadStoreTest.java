package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.persistence.jpa.LeadRecords.defaultStatus;
import static org.embedcrm.persistence.jpa.LeadRecords.finalStatus;
import static org.embedcrm.persistence.jpa.LeadRecords.lead;
import static org.embedcrm.persistence.jpa.LeadRecords.retitled;
import static org.embedcrm.persistence.jpa.LeadRecords.source;
import static org.embedcrm.persistence.jpa.LeadRecords.status;
import static org.embedcrm.persistence.jpa.Records.MONDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store does with leads on every database beyond the contract, whose services check the unique keys
 * before the database does: the lead schema's unique keys turned into the core's conflicts, and the order and text
 * matching of the lead list, exactly as in memory.
 */
abstract class JpaLeadStoreTest {

    private final TenantId tenant = CrmFixture.freshTenant();

    protected abstract JpaCrmStore store();

    @Nested
    @DisplayName("a unique key taken by a concurrent writer")
    class UniqueKeys {

        @Test
        @DisplayName("two leads with the same e-mail address regardless of case conflict with lead.email-taken")
        void email() {
            LeadStatus open = store().leadStatuses().add(status(tenant, "New"));
            store().leads().add(lead(open, "Fair visitor", "Ann@Example.com"));

            assertConflict(() -> store().leads().add(lead(open, "Web form", "ann@example.COM")), "lead.email-taken");
        }

        @Test
        @DisplayName("any number of leads without an e-mail address coexist")
        void withoutEmail() {
            LeadStatus open = store().leadStatuses().add(status(tenant, "New"));
            store().leads().add(lead(open, "Fair visitor", null));
            store().leads().add(lead(open, "Phone call", null));

            assertThat(store().leads().countByStatus(tenant)).containsEntry(open.id(), 2L);
        }

        @Test
        @DisplayName("a lead added a second time conflicts with lead.exists")
        void leadTwice() {
            Lead lead = lead(store().leadStatuses().add(status(tenant, "New")), "Fair visitor", null);
            store().leads().add(lead);

            assertConflict(() -> store().leads().add(lead), "lead.exists");
        }

        @Test
        @DisplayName("two lead statuses named alike regardless of case conflict with lead-status.name-taken")
        void statusName() {
            store().leadStatuses().add(status(tenant, "Contacted"));

            assertConflict(() -> store().leadStatuses().add(status(tenant, " CONTACTED")), "lead-status.name-taken");
        }

        @Test
        @DisplayName("a second default lead status conflicts with lead-status.default-taken")
        void secondDefault() {
            store().leadStatuses().add(defaultStatus(tenant, "New"));

            assertConflict(() -> store().leadStatuses().add(defaultStatus(tenant, "Fresh")),
                    "lead-status.default-taken");
        }

        @Test
        @DisplayName("a second converted or lost status conflicts with lead-status.outcome-taken")
        void secondOutcome() {
            store().leadStatuses().add(finalStatus(tenant, "Converted", LeadOutcome.CONVERTED));
            store().leadStatuses().add(finalStatus(tenant, "Lost", LeadOutcome.LOST));

            assertConflict(() -> store().leadStatuses().add(finalStatus(tenant, "Won", LeadOutcome.CONVERTED)),
                    "lead-status.outcome-taken");
            assertConflict(() -> store().leadStatuses().add(finalStatus(tenant, "Dropped", LeadOutcome.LOST)),
                    "lead-status.outcome-taken");
        }

        @Test
        @DisplayName("any number of final statuses without an outcome coexist with the converted and lost ones")
        void finalStatusesWithoutOutcome() {
            store().leadStatuses().add(finalStatus(tenant, "Converted", LeadOutcome.CONVERTED));
            store().leadStatuses().add(finalStatus(tenant, "Archived", LeadOutcome.NONE));
            store().leadStatuses().add(finalStatus(tenant, "Spam", LeadOutcome.NONE));

            assertThat(store().leadStatuses().all(tenant)).hasSize(3);
        }

        @Test
        @DisplayName("two lead sources named alike conflict with lead-source.name-taken")
        void sourceName() {
            store().leadSources().add(source(tenant, "Trade show"));

            assertConflict(() -> store().leadSources().add(source(tenant, "trade SHOW")), "lead-source.name-taken");
        }

        @Test
        @DisplayName("the same e-mail address, names, default and outcomes in another tenant do not conflict")
        void otherTenant() {
            TenantId other = CrmFixture.freshTenant();
            for (TenantId each : List.of(tenant, other)) {
                LeadStatus open = store().leadStatuses().add(defaultStatus(each, "New"));
                store().leadStatuses().add(finalStatus(each, "Converted", LeadOutcome.CONVERTED));
                store().leadSources().add(source(each, "Website"));
                store().leads().add(lead(open, "Fair visitor", "ann@example.com"));
            }

            assertThat(store().leadStatuses().all(other)).hasSize(2);
            assertThat(store().leads().countByStatus(other)).hasSize(1);
        }
    }

    @Nested
    @DisplayName("versions")
    class Versions {

        @Test
        @DisplayName("a lead starts at version 0 and every update increments it; an old version is stale")
        void increments() {
            Lead added = store().leads().add(lead(store().leadStatuses().add(status(tenant, "New")), "Visitor", null));
            Lead updated = store().leads().update(retitled(added, "Fair visitor"));

            assertThat(added.version()).isZero();
            assertThat(updated.version()).isEqualTo(1);
            assertConflict(() -> store().leads().update(retitled(added, "Web form")), "stale-version");
            assertThat(store().leads().find(tenant, added.id()).orElseThrow().details().title())
                    .isEqualTo("Fair visitor");
        }
    }

    @Nested
    @DisplayName("the lead list")
    class LeadList {

        @Test
        @DisplayName("leads created at the same instant come by id descending as unsigned bytes, whatever the UUID"
                + " version, page after page")
        void sameInstantByUnsignedId() {
            LeadStatus open = store().leadStatuses().add(status(tenant, "New"));
            List<UUID> ids = List.of(version4("ffffffff", 1), version4("80000000", 2), version4("7fffffff", 3),
                    version4("00000001", 4), version4("00000000", 5));
            for (int i : new int[] {3, 0, 4, 2, 1}) {
                store().leads().add(lead(open, ids.get(i), "Lead " + i, null, MONDAY));
            }

            assertThat(allPages(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(2)))
                    .extracting(LeadId::value).containsExactlyElementsOf(ids);
            assertThat(store().leads().boardCards(tenant, 2)).extracting(lead -> lead.id().value())
                    .containsExactly(ids.get(0), ids.get(1));
        }

        @Test
        @DisplayName("the text filter matches LIKE's wildcards literally")
        void wildcardsAreLiteral() {
            LeadStatus open = store().leadStatuses().add(status(tenant, "New"));
            Lead discount = store().leads().add(lead(open, "50% off_season", null));
            store().leads().add(lead(open, "500 chairs", null));
            store().leads().add(lead(open, "offXseason", null));

            assertThat(matching("50%")).containsExactly(discount.id());
            assertThat(matching("f_s")).containsExactly(discount.id());
        }

        @Test
        @DisplayName("the text filter lower-cases as Java does, whatever the database's own rules")
        void javaLowerCase() {
            LeadStatus open = store().leadStatuses().add(status(tenant, "New"));
            // Java lower-cases the dotted capital I into "i" and a combining dot; a database may drop the dot.
            Lead istanbul = store().leads().add(lead(open, "İstanbul office", null));
            store().leads().add(lead(open, "Istanbul office", null));

            assertThat(matching("İSTANBUL")).containsExactly(istanbul.id());
        }
    }

    /**
     * @return a random version 4 id whose unsigned byte order is that of {@code first}, the first 8 hex digits (the
     *         sign bit included), while MariaDB's uuid type orders such ids by {@code last}, the last 12 digits; the
     *         digits between are random, so that runs sharing a database never reuse an id
     */
    private static UUID version4(String first, long last) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return UUID.fromString(String.format("%s-%04x-4%03x-%04x-%012x", first, random.nextInt(0x10000),
                random.nextInt(0x1000), 0x8000 | random.nextInt(0x4000), last));
    }

    private List<LeadId> matching(String text) {
        return allPages(LeadQuery.firstPage(new LeadFilter(null, null, null, text)));
    }

    private List<LeadId> allPages(LeadQuery first) {
        List<LeadId> ids = new ArrayList<>();
        LeadQuery query = first;
        while (true) {
            LeadPage page = store().leads().search(tenant, query);
            page.leads().forEach(lead -> ids.add(lead.id()));
            if (page.nextCursor() == null) {
                return ids;
            }
            query = query.after(page.nextCursor());
        }
    }

    private static void assertConflict(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
