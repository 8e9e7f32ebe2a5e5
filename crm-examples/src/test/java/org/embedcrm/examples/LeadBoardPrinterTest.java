package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.lead.LeadBoardColumn;
import org.embedcrm.core.lead.LeadCard;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the lead board printer")
class LeadBoardPrinterTest {

    private final LeadStatus fresh = status("New", 0);
    private final LeadStatus contacted = status("Contacted", 1);

    @Test
    @DisplayName("heads each status's column with its name and lead count, and lists the cards beneath")
    void columns() {
        List<String> lines = LeadBoardPrinter.render(List.of(
                new LeadBoardColumn(fresh, 1, List.of(card("Fleet renewal", "Jane Doe", "Wayne", "20000.00"))),
                new LeadBoardColumn(contacted, 0, List.of()))).lines().toList();

        assertThat(lines.get(0)).isEqualTo("Lead board: 1 lead open in 2 statuses");
        assertThat(cells(lines.get(2))).containsExactly("New", "Contacted");
        assertThat(cells(lines.get(3))).containsExactly("1 lead", "0 leads");
        assertThat(lines.subList(5, 10)).extracting(LeadBoardPrinterTest::cells).containsExactly(
                List.of("Fleet renewal", ""), List.of("Jane Doe", ""), List.of("Wayne", ""),
                List.of("20,000.00 EUR", ""), List.of("alice", ""));
    }

    @Test
    @DisplayName("leaves out what a card does not have, and counts the leads beyond the cards shown")
    void sparseCardsAndHiddenLeads() {
        String table = LeadBoardPrinter.render(List.of(new LeadBoardColumn(fresh, 4,
                List.of(card("Coffee", null, null, null)))));

        assertThat(table).containsSubsequence("Coffee", "no value", "alice", "+ 3 more");
        assertThat(table.lines().skip(1).map(String::length).distinct()).as("every row as wide as the others").hasSize(1);
    }

    private static LeadStatus status(String name, int order) {
        return new LeadStatus(new LeadStatusId(UUID.randomUUID()), TenantId.of("acme"), 0, name, null, order,
                order == 0, false, LeadOutcome.NONE);
    }

    private static LeadCard card(String title, String contact, String company, String eur) {
        return new LeadCard(new LeadId(UUID.randomUUID()), title, contact, company,
                eur == null ? null : Money.of(eur, "EUR"), UserRef.of("alice"), 0);
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
    }
}
