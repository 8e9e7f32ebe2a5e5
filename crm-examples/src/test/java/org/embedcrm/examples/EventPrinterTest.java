package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.ActivityStatusChanged;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.InteractionLogged;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.DealLost;
import org.embedcrm.core.deal.DealStageChanged;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.lead.LeadConverted;
import org.embedcrm.core.lead.LeadCreated;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadLost;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.merge.ContactsMerged;
import org.embedcrm.core.merge.LinkedKind;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactBecameCustomer;
import org.embedcrm.core.party.ContactCreated;
import org.embedcrm.core.party.ContactDeleted;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CustomerTerms;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.StarRating;
import org.embedcrm.core.scoring.HealthBand;
import org.embedcrm.core.scoring.HealthChanged;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the event printer")
class EventPrinterTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final UserRef ALICE = UserRef.of("alice");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final EventPrinter printer = new EventPrinter(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final Stage lead = new Stage(new StageId(UUID.randomUUID()), "Lead", null, true, false, false, null);
    private final Stage lost = new Stage(new StageId(UUID.randomUUID()), "Lost", null, false, false, true, null);
    private final PipelineId sales = new PipelineId(UUID.randomUUID());
    private final DealId deal = new DealId(UUID.randomUUID());

    @Test
    @DisplayName("names the stages and lost reasons it was told about")
    void namesWhatItKnows() {
        LostReason price = new LostReason(new LostReasonId(UUID.randomUUID()), ACME, 1, "Price too high", true, false);
        printer.remember(Pipeline.restore(new Pipeline.Snapshot(sales, ACME, 1, "Sales", null, true, true, 0,
                List.of(lead, lost))));
        printer.remember(price);

        assertThat(printer.describe(new DealCreated(ACME, NOW, ALICE, deal, sales, lead.id())))
                .isEqualTo("DealCreated in Lead");
        assertThat(printer.describe(new DealStageChanged(ACME, NOW, ALICE, deal, sales, lead.id(), lost.id())))
                .isEqualTo("DealStageChanged Lead -> Lost");
        assertThat(printer.describe(new DealLost(ACME, NOW, ALICE, deal, price.id(), "Budget cut",
                LocalDate.parse("2026-03-02"))))
                .isEqualTo("DealLost on 2026-03-02, reason \"Price too high\", note \"Budget cut\"");
        assertThat(printer.describe(new DealWon(ACME, NOW, ALICE, deal, Money.of("12500", "EUR"),
                LocalDate.parse("2026-03-06"))))
                .isEqualTo("DealWon worth 12,500.00 EUR, closed 2026-03-06");
    }

    @Test
    @DisplayName("names the contacts it was told about in contact events, and says which type a new contact is")
    void contactEvents() {
        ContactId globex = new ContactId(UUID.randomUUID());
        printer.remember(Contact.restore(new Contact.Snapshot(globex, ACME, 0, new ContactProfile(ContactType.COMPANY,
                "Globex", null, null, List.of(EmailAddress.of("hello@globex.example")), List.of(), null, List.of(),
                null, null, null, null, null), List.of(), null, Set.of(), null, Set.of(), Set.of(), StarRating.none(),
                null, null, null, Consent.none(), CustomerTerms.none(), null, null, NOW, ALICE, NOW)));

        assertThat(printer.describe(new ContactCreated(ACME, NOW, ALICE, globex, ContactType.COMPANY)))
                .isEqualTo("ContactCreated, a company");
        assertThat(printer.describe(new ContactBecameCustomer(ACME, NOW, ALICE, globex)))
                .isEqualTo("ContactBecameCustomer Globex");
        assertThat(printer.describe(new ContactDeleted(ACME, NOW, ALICE, globex))).isEqualTo("ContactDeleted Globex");
    }

    @Test
    @DisplayName("names lead statuses and lost reasons in lead events, and says what a conversion created")
    void leadEvents() {
        LeadStatus fresh = new LeadStatus(new LeadStatusId(UUID.randomUUID()), ACME, 0, "New", null, 0, true, false,
                LeadOutcome.NONE);
        LostReason price = new LostReason(new LostReasonId(UUID.randomUUID()), ACME, 1, "Price too high", true, false);
        LeadId fleet = new LeadId(UUID.randomUUID());
        ContactId jane = new ContactId(UUID.randomUUID());
        printer.remember(fresh);
        printer.remember(price);

        assertThat(printer.describe(new LeadCreated(ACME, NOW, ALICE, fleet, fresh.id())))
                .isEqualTo("LeadCreated in New");
        assertThat(printer.describe(new LeadLost(ACME, NOW, ALICE, fleet, price.id())))
                .isEqualTo("LeadLost, reason \"Price too high\"");
        assertThat(printer.describe(new LeadConverted(ACME, NOW, ALICE, fleet, jane, new ContactId(UUID.randomUUID()),
                deal))).isEqualTo("LeadConverted into a customer, a company and a deal");
        assertThat(printer.describe(new LeadConverted(ACME, NOW, ALICE, fleet, jane, null, null)))
                .isEqualTo("LeadConverted into a customer");
    }

    @Test
    @DisplayName("says what kind of interaction was logged with which contact, and how an activity's status changed")
    void activityEvents() {
        ContactId globex = new ContactId(UUID.randomUUID());

        assertThat(printer.describe(new InteractionLogged(ACME, NOW, ALICE, new InteractionId(UUID.randomUUID()),
                InteractionKind.CALL, globex))).isEqualTo("InteractionLogged, a call with " + globex);
        assertThat(printer.describe(new ActivityStatusChanged(ACME, NOW, ALICE, new ActivityId(UUID.randomUUID()),
                ActivityStatus.OPEN, ActivityStatus.IN_PROGRESS)))
                .isEqualTo("ActivityStatusChanged open -> in progress");
    }

    @Test
    @DisplayName("names the contacts of a merge and of a health band change, by the name it was given")
    void mergeAndHealthEvents() {
        ContactId globex = new ContactId(UUID.randomUUID());
        Contact copy = Contact.restore(new Contact.Snapshot(new ContactId(UUID.randomUUID()), ACME, 0,
                new ContactProfile(ContactType.COMPANY, "Globex", null, null,
                        List.of(EmailAddress.of("sales@globex.example")), List.of(), null, List.of(), null, null, null,
                        null, null), List.of(), null, Set.of(), null, Set.of(), Set.of(), StarRating.none(), null, null,
                null, Consent.none(), CustomerTerms.none(), null, null, NOW, ALICE, NOW));
        printer.remember(copy, "Globex (badge)");

        assertThat(printer.describe(new ContactsMerged(ACME, NOW, ALICE, copy.id(), globex,
                Map.of(LinkedKind.EMAILS, 1L, LinkedKind.DEALS, 2L))))
                .isEqualTo("ContactsMerged Globex (badge) into " + globex + ", moved deals 2, emails 1");
        assertThat(printer.describe(new HealthChanged(ACME, NOW, ALICE, copy.id(), null, HealthBand.WATCH, 55)))
                .isEqualTo("HealthChanged Globex (badge): no score -> watch, score 55");
        assertThat(printer.describe(new HealthChanged(ACME, NOW, ALICE, globex, HealthBand.HEALTHY,
                HealthBand.AT_RISK, 38))).isEqualTo("HealthChanged " + globex + ": healthy -> at risk, score 38");
    }

    @Test
    @DisplayName("falls back to the id of a stage it does not know, and prints one indented line per event")
    void printsUnknownIds() {
        printer.on(new DealCreated(ACME, NOW, ALICE, deal, sales, lead.id()));

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("      -> DealCreated in " + lead.id()
                + System.lineSeparator());
    }
}
