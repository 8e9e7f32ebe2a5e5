package org.embedcrm.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.lead.CompanyOption;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadBoardColumn;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("any sequence of lead commands")
class LeadInvariantsTest {

    private static final List<String> EMAILS = List.of("a@x.example", "A@X.example", "b@y.example", "c@z.example");

    @Test
    @DisplayName("keeps one default status, unique e-mails, conversions complete and final statuses off the board")
    void keepsInvariants() {
        qt().withExamples(60).forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 30))
                .checkAssert(seeds -> {
                    CrmFixture fixture = CrmFixture.inMemory();
                    Crm crm = fixture.crm();
                    Pipeline sales = aPipeline().createIn(crm);
                    LostReason price = crm.lostReasons().define(DefineLostReason.named("Price"));
                    for (int seed : seeds) {
                        apply(crm, sales, price, new Random(seed));
                        assertInvariants(crm);
                    }
                });
    }

    private static void apply(Crm crm, Pipeline sales, LostReason price, Random random) {
        List<Lead> leads = crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(500)).leads();
        List<LeadStatus> statuses = crm.leadSettings().statuses();
        LeadId some = leads.isEmpty() ? null : leads.get(random.nextInt(leads.size())).id();
        LeadStatusId status = statuses.get(random.nextInt(statuses.size())).id();
        try {
            switch (some == null ? 0 : random.nextInt(7)) {
                case 0 -> crm.leads().create(LeadInput.titled("Lead " + random.nextInt(99))
                        .contact("Jane Doe", random.nextBoolean() ? EMAILS.get(random.nextInt(EMAILS.size())) : null,
                                random.nextBoolean() ? "0470 00 00 0" + random.nextInt(10) : null));
                case 1 -> crm.leads().moveOnBoard(some, status);
                case 2 -> crm.leads().lose(some, price.id(), null);
                case 3 -> crm.leads().convert(ConvertLead.of(some, "Jane Doe " + random.nextInt(9))
                        .reachableAt("jane" + random.nextInt(1000) + "@convert.example", null)
                        .withCompany(random.nextBoolean() ? CompanyOption.none()
                                : CompanyOption.createNew("Co " + random.nextInt(9)).reachableAt(null, "+3225550000"))
                        .withDeal(random.nextBoolean() ? DealDraft.in(sales.id()) : null));
                case 4 -> crm.leads().assign(some, UserRef.of("user" + random.nextInt(3)));
                case 5 -> crm.leadSettings().makeDefault(status);
                default -> crm.leads().createOpportunity(some, DealDraft.in(sales.id()));
            }
        } catch (CrmException refused) {
            assertThat(refused.code()).isNotBlank();
        }
    }

    private static void assertInvariants(Crm crm) {
        List<LeadStatus> statuses = crm.leadSettings().statuses();
        Map<LeadStatusId, LeadStatus> byId = statuses.stream().collect(Collectors.toMap(LeadStatus::id, Function.identity()));
        assertThat(statuses).filteredOn(LeadStatus::isDefault).hasSize(1);
        List<Lead> leads = crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(500)).leads();
        Set<String> emails = new HashSet<>();
        for (Lead lead : leads) {
            if (lead.details().email() != null) {
                assertThat(emails.add(lead.details().email().matchKey())).isTrue();
            }
            LeadOutcome outcome = byId.get(lead.status()).outcome();
            assertThat(lead.isConverted()).isEqualTo(outcome == LeadOutcome.CONVERTED);
            assertThat(lead.lostReason().isPresent()).isEqualTo(outcome == LeadOutcome.LOST);
            lead.conversion().ifPresent(c -> {
                assertThat(crm.contacts().get(c.customer())).isNotNull();
                if (c.deal() != null) {
                    assertThat(lead.opportunities()).contains(c.deal());
                    assertThat(crm.deals().get(c.deal()).terms().customer()).isEqualTo(c.customer());
                }
            });
        }
        List<LeadBoardColumn> board = crm.leads().board(500);
        assertThat(board).noneMatch(column -> column.status().isFinal());
        long open = leads.stream().filter(l -> !byId.get(l.status()).isFinal()).count();
        assertThat(board.stream().mapToLong(LeadBoardColumn::leadCount).sum()).isEqualTo(open);
    }
}
