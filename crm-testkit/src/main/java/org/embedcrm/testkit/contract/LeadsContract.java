package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.lead.CompanyOption;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.ConvertedLead;
import org.embedcrm.core.lead.CreatedLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadBoardColumn;
import org.embedcrm.core.lead.LeadConverted;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.PossibleDuplicate;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.FaultInjectingStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.lead.Leads}, lead status and lead source ports. */
public abstract class LeadsContract extends StoreContract {

    private LeadStatus status(String name) {
        return crm().leadSettings().statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Lead lead(LeadInput input) {
        return crm().leads().create(input).lead();
    }

    @Nested
    @DisplayName("settings")
    class Settings {

        @Test
        @DisplayName("a fresh tenant gets New, Contacted, Qualified, Converted and Lost, and five sources")
        void defaults() {
            assertThat(crm().leadSettings().statuses()).extracting(LeadStatus::name, LeadStatus::isDefault,
                    LeadStatus::isFinal, LeadStatus::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("New", true, false, LeadOutcome.NONE),
                    org.assertj.core.groups.Tuple.tuple("Contacted", false, false, LeadOutcome.NONE),
                    org.assertj.core.groups.Tuple.tuple("Qualified", false, false, LeadOutcome.NONE),
                    org.assertj.core.groups.Tuple.tuple("Converted", false, true, LeadOutcome.CONVERTED),
                    org.assertj.core.groups.Tuple.tuple("Lost", false, true, LeadOutcome.LOST));
            assertThat(crm().leadSettings().sources()).extracting(LeadSource::name)
                    .containsExactly("Cold Call", "Referral", "Social Media", "Trade Show", "Website");
        }

        @Test
        @DisplayName("a new default clears the old one, and the default cannot be deleted")
        void defaultStatus() {
            crm().leadSettings().makeDefault(status("Contacted").id());

            assertThat(crm().leadSettings().statuses()).filteredOn(LeadStatus::isDefault).extracting(LeadStatus::name)
                    .containsExactly("Contacted");
            assertThatCrmError(() -> crm().leadSettings().deleteStatus(status("Contacted").id()))
                    .isA(RuleViolationException.class).hasCode("lead-status.is-default");
            assertThatCrmError(() -> crm().leadSettings().makeDefault(status("Lost").id()))
                    .hasCode("validation.failed");
        }

        @Test
        @DisplayName("one status means converted and one lost; a status in use is kept; deleting closes the order")
        void outcomesAndDeletion() {
            assertThatCrmError(() -> crm().leadSettings().defineStatus("Won", null, true, LeadOutcome.CONVERTED))
                    .hasCode("lead-status.outcome-taken");
            LeadStatus parked = crm().leadSettings().defineStatus("Parked", "#cccccc", false, LeadOutcome.NONE);
            lead(LeadInput.titled("Kept").inStatus(status("Contacted").id()));

            assertThatCrmError(() -> crm().leadSettings().deleteStatus(status("Contacted").id()))
                    .hasCode("lead-status.in-use");
            crm().leadSettings().deleteStatus(status("Qualified").id());
            assertThat(crm().leadSettings().statuses()).extracting(LeadStatus::name, LeadStatus::displayOrder)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("New", 0),
                            org.assertj.core.groups.Tuple.tuple("Contacted", 1),
                            org.assertj.core.groups.Tuple.tuple("Converted", 2),
                            org.assertj.core.groups.Tuple.tuple("Lost", 3),
                            org.assertj.core.groups.Tuple.tuple(parked.name(), 4));
        }

        @Test
        @DisplayName("a status is renamed and recoloured; the meaning of a status leads sit in stays")
        void updateStatus() {
            LeadStatus contacted = status("Contacted");
            lead(LeadInput.titled("Waiting").inStatus(contacted.id()));

            LeadStatus renamed = crm().leadSettings().updateStatus(contacted.id(), "Called", "#42a5f5", false,
                    LeadOutcome.NONE);

            assertThat(renamed.name()).isEqualTo("Called");
            assertThat(renamed.color().hex()).isEqualTo("#42A5F5");
            assertThat(status("Called").version()).isGreaterThan(contacted.version());
            assertThatCrmError(() -> crm().leadSettings().updateStatus(contacted.id(), "Called", null, true,
                    LeadOutcome.NONE)).hasCode("lead-status.in-use");
        }

        @Test
        @DisplayName("the store itself refuses a second default status")
        void storeBacksOneDefault() {
            LeadStatus contacted = status("Contacted");
            LeadStatus clash = new LeadStatus(contacted.id(), contacted.tenant(), contacted.version(), contacted.name(),
                    null, contacted.displayOrder(), true, false, LeadOutcome.NONE);

            assertThatCrmError(() -> fixture.inTransaction(() -> store().leadStatuses().update(clash)))
                    .isA(ConflictException.class).hasCode("lead-status.default-taken");
        }
    }

    @Nested
    @DisplayName("creating leads")
    class Creating {

        @Test
        @DisplayName("a lead starts in the default status, assigned to its creator, with contact details normalised")
        void defaults() {
            Lead lead = lead(LeadInput.titled("Fleet renewal").contact("Jane Doe", "Jane@Globex.EXAMPLE", "0470 12 34 56")
                    .company("Globex").worth(Money.of("12000", "EUR")));

            assertThat(lead.status()).isEqualTo(status("New").id());
            assertThat(lead.assignee()).isEqualTo(UserRef.of("alice"));
            assertThat(lead.details().email().value()).isEqualTo("Jane@globex.example");
            assertThat(lead.details().phone().e164()).isEqualTo("+32470123456");
            assertThat(crm().leads().get(lead.id()).snapshot()).isEqualTo(lead.snapshot());
        }

        @Test
        @DisplayName("every invalid field is reported at once")
        void allViolations() {
            assertThatCrmError(() -> lead(LeadInput.titled(" ").contact("X", "not-mail", "12")))
                    .hasCode("validation.failed").reportsFields("title", "email", "phone");
        }

        @Test
        @DisplayName("a contact e-mail address belongs to one lead of the tenant, named in the refusal")
        void uniqueEmail() {
            lead(LeadInput.titled("First").contact("Jane", "jane@globex.example", null));

            assertThatCrmError(() -> lead(LeadInput.titled("Second").contact("Jane", "JANE@globex.example", null)))
                    .isA(ConflictException.class).hasCode("lead.email-taken")
                    .satisfies(e -> assertThat(e.getMessage()).contains("First"));
        }

        @Test
        @DisplayName("a lead is found by its e-mail address regardless of case, in this tenant only")
        void foundByEmail() {
            Lead jane = lead(LeadInput.titled("Fleet").contact("Jane", "Jane@Globex.example", null));
            lead(LeadInput.titled("Other").contact("Bob", "bob@globex.example", null));

            assertThat(crm().leads().withEmail(EmailAddress.of("JANE@globex.EXAMPLE"))).map(Lead::id)
                    .hasValue(jane.id());
            assertThat(crm().leads().withEmail(EmailAddress.of("nobody@globex.example"))).isEmpty();
            fixture.context().switchTenant(CrmFixture.freshTenant());
            assertThat(crm().leads().withEmail(EmailAddress.of("jane@globex.example"))).isEmpty();
        }

        @Test
        @DisplayName("contacts and leads sharing the e-mail address or phone number are returned as possible duplicates")
        void duplicates() {
            Contact jane = crm().contacts().create(aPerson().noEmails().email("jane@globex.example").build());
            Contact bob = crm().contacts().create(aPerson().phone("+32 470 99 88 77").build());
            Lead earlier = lead(LeadInput.titled("Earlier").contact("Bob", null, "0470998877"));

            CreatedLead created = crm().leads().create(LeadInput.titled("Fleet")
                    .contact("Jane", "jane@globex.example", "0470 99 88 77"));

            assertThat(created.possibleDuplicates()).extracting(PossibleDuplicate::contact, PossibleDuplicate::lead,
                    PossibleDuplicate::matchedOn).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(jane.id(), null, "email"),
                    org.assertj.core.groups.Tuple.tuple(bob.id(), null, "phone"),
                    org.assertj.core.groups.Tuple.tuple(null, earlier.id(), "phone"));
        }

        @Test
        @DisplayName("an inactive source is refused for new leads but stays on older ones; an unknown referent is refused")
        void references() {
            LeadSource website = crm().leadSettings().sources().stream().filter(s -> s.name().equals("Website"))
                    .findFirst().orElseThrow();
            Lead older = lead(LeadInput.titled("Older").from(website.id()));
            crm().leadSettings().setSourceActive(website.id(), false);

            assertThatCrmError(() -> lead(LeadInput.titled("X").from(website.id()))).hasCode("lead-source.inactive");
            assertThat(crm().leads().update(older.id(), LeadInput.of(older).worth(Money.of("1", "EUR")), null)
                    .details().source()).isEqualTo(website.id());
            LeadInput referred = new LeadInput("Y", null, null, null, null, null, null, null,
                    new org.embedcrm.core.party.ContactId(java.util.UUID.randomUUID()), null, null, false, false);
            assertThatCrmError(() -> lead(referred)).isA(NotFoundException.class).hasCode("contact.not-found");
        }

        @Test
        @DisplayName("assigning a lead to someone else notifies them after commit, never for a rolled-back change")
        void notifications() {
            lead(LeadInput.titled("Mine"));
            Lead theirs = lead(LeadInput.titled("Theirs").assignedTo(UserRef.of("bob")));
            Crm crm = crm();
            catchThrowable(() -> fixture.inTransaction(() -> {
                crm.leads().assign(theirs.id(), UserRef.of("carol"));
                throw new IllegalStateException("host fails");
            }));
            crm().leads().assign(theirs.id(), UserRef.of("dave"));

            assertThat(fixture.notifications().sent()).extracting(n -> n.recipient(), n -> n.kind())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "lead.assigned"),
                            org.assertj.core.groups.Tuple.tuple("dave", "lead.assigned"));
            assertThat(crm().leads().get(theirs.id()).assignee()).isEqualTo(UserRef.of("dave"));
        }
    }

    @Nested
    @DisplayName("the lead board and list")
    class BoardAndList {

        @Test
        @DisplayName("the board shows the non-final statuses; moving a card changes the status; closed leads leave it")
        void board() {
            Lead a = lead(LeadInput.titled("A"));
            lead(LeadInput.titled("B"));
            LostReason price = crm().lostReasons().define(DefineLostReason.named("Price"));

            crm().leads().moveOnBoard(a.id(), status("Qualified").id());
            Lead c = lead(LeadInput.titled("C"));
            crm().leads().lose(c.id(), price.id(), null);

            List<LeadBoardColumn> board = crm().leads().board(10);
            assertThat(board).extracting(col -> col.status().name()).containsExactly("New", "Contacted", "Qualified");
            assertThat(board).extracting(LeadBoardColumn::leadCount).containsExactly(1L, 0L, 1L);
            assertThat(board.get(2).cards()).extracting(card -> card.title()).containsExactly("A");
            assertThatCrmError(() -> crm().leads().moveOnBoard(a.id(), status("Converted").id()))
                    .hasCode("lead.outcome-by-command");
            long seen = board.get(2).cards().get(0).version();
            crm().leads().assign(a.id(), UserRef.of("bob"));
            assertThatCrmError(() -> crm().leads().moveOnBoard(a.id(), status("New").id(), seen))
                    .isA(ConflictException.class).hasCode("stale-version");
        }

        @Test
        @DisplayName("lists filter by status, source, assignee and text, newest first, page after page")
        void list() {
            LeadSource referral = crm().leadSettings().sources().stream().filter(s -> s.name().equals("Referral"))
                    .findFirst().orElseThrow();
            for (int i = 0; i < 5; i++) {
                fixture.clock().advance(Duration.ofMinutes(1));
                lead(LeadInput.titled("Lead " + i).from(i % 2 == 0 ? referral.id() : null)
                        .assignedTo(UserRef.of(i < 2 ? "bob" : "alice")));
            }

            LeadPage first = crm().leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(3));
            LeadPage second = crm().leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(3)
                    .after(first.nextCursor()));

            assertThat(first.leads()).extracting(l -> l.details().title()).containsExactly("Lead 4", "Lead 3", "Lead 2");
            assertThat(second.leads()).extracting(l -> l.details().title()).containsExactly("Lead 1", "Lead 0");
            assertThat(second.nextCursor()).isNull();
            assertThat(first.total()).isEqualTo(5);
            assertThat(crm().leads().find(LeadQuery.firstPage(new LeadFilter(null, referral.id(), null, null))).total())
                    .isEqualTo(3);
            assertThat(crm().leads().find(LeadQuery.firstPage(new LeadFilter(Set.of(status("New").id()),
                    null, UserRef.of("bob"), "LEAD 1"))).leads()).extracting(l -> l.details().title())
                    .containsExactly("Lead 1");
        }
    }

    @Nested
    @DisplayName("losing and converting")
    class LosingAndConverting {

        @Test
        @DisplayName("a lost lead gets the lost status and reason, and cannot be converted")
        void lose() {
            LostReason other = crm().lostReasons().define(DefineLostReason.named("Other").withNote());
            Lead lead = lead(LeadInput.titled("Gone"));

            assertThatCrmError(() -> crm().leads().lose(lead.id(), other.id(), null)).hasCode("validation.failed");
            Lead lost = crm().leads().lose(lead.id(), other.id(), "Moved abroad");

            assertThat(lost.status()).isEqualTo(status("Lost").id());
            assertThat(lost.lostReason()).contains(other.id());
            assertThatCrmError(() -> crm().leads().convert(ConvertLead.of(lead.id(), "Jane Doe")))
                    .isA(RuleViolationException.class).hasCode("lead.is-lost");
        }

        @Test
        @DisplayName("conversion creates the customer, a new company and a deal, and records them on the lead")
        void convertAll() {
            Pipeline sales = aPipeline().createIn(crm());
            LeadSource fair = crm().leadSettings().sources().stream().filter(s -> s.name().equals("Trade Show"))
                    .findFirst().orElseThrow();
            Lead lead = lead(LeadInput.titled("Fleet renewal").contact("Jane Doe", "jane@globex.example", "0470 12 34 56")
                    .company("Globex").worth(Money.of("12000", "EUR")).rejecting(false, true).from(fair.id()));

            ConvertedLead result = crm().leads().convert(ConvertLead.of(lead.id(), "Jane Doe")
                    .withCompany(CompanyOption.createNew("Globex")).withDeal(DealDraft.in(sales.id())));

            Contact jane = result.customer();
            assertThat(jane.type()).isEqualTo(ContactType.PERSON);
            assertThat(jane.roles()).containsExactly(ContactRole.CUSTOMER);
            assertThat(jane.consent().emailRejected()).isTrue();
            assertThat(jane.origin()).contains("Trade Show");
            assertThat(jane.employments()).extracting(e -> e.company()).containsExactly(result.company().id());
            assertThat(result.company().profile().primaryPhone()).map(p -> p.e164()).contains("+32470123456");
            Deal deal = result.deal();
            assertThat(deal.stage()).isEqualTo(stage(sales, "Lead").id());
            assertThat(deal.terms().customer()).isEqualTo(jane.id());
            assertThat(deal.terms().company()).isEqualTo(result.company().id());
            assertThat(deal.terms().value()).isEqualTo(Money.of("12000", "EUR"));
            Lead converted = crm().leads().get(lead.id());
            assertThat(converted.status()).isEqualTo(status("Converted").id());
            assertThat(converted.conversion()).hasValueSatisfying(c -> {
                assertThat(c.customer()).isEqualTo(jane.id());
                assertThat(c.deal()).isEqualTo(deal.id());
                assertThat(c.at()).isEqualTo(fixture.clock().instant());
            });
            assertThat(converted.opportunities()).containsExactly(deal.id());
            assertThat(fixture.events().eventsOf(LeadConverted.class)).singleElement()
                    .satisfies(e -> assertThat(e.deal()).isEqualTo(deal.id()));
            assertThatCrmError(() -> crm().leads().convert(ConvertLead.of(lead.id(), "Jane Doe")))
                    .hasCode("lead.already-converted");
            crm().contacts().unlinkFromCompany(jane.id(), result.company().id());
            assertThatCrmError(() -> crm().contacts().delete(jane.id())).hasCode("contact.has-linked-records")
                    .satisfies(e -> assertThat(e.getMessage()).contains("1 lead"));
        }

        @Test
        @DisplayName("an active contact with the e-mail address is reused and made a customer, not duplicated")
        void reusesContact() {
            Contact jane = crm().contacts().create(aPerson().noEmails().email("jane@globex.example")
                    .role(ContactRole.PROSPECT).build());
            Contact globex = crm().contacts().create(aCompany().build());
            crm().contacts().linkToCompany(jane.id(), globex.id(), "CFO");
            Lead lead = lead(LeadInput.titled("Upsell").contact("Jane", "JANE@globex.example", null));

            ConvertedLead result = crm().leads().convert(ConvertLead.of(lead.id(), "Jane Doe")
                    .withCompany(CompanyOption.existing(globex.id())));

            assertThat(result.customer().id()).isEqualTo(jane.id());
            assertThat(result.customer().roles()).containsExactly(ContactRole.CUSTOMER);
            assertThat(crm().contacts().employees(globex.id())).extracting(Contact::id).containsExactly(jane.id());
            assertThat(crm().contacts().get(jane.id()).employments())
                    .containsExactly(new org.embedcrm.core.party.Employment(globex.id(), "CFO"));
            assertThat(crm().contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts()
                    .ofType(ContactType.PERSON))).total()).isEqualTo(1);
        }

        @Test
        @DisplayName("a failing step stores nothing: no contact, no company, no deal, the lead unchanged")
        void allOrNothing() {
            Pipeline empty = aPipeline().withoutStages().createIn(crm());
            Lead lead = lead(LeadInput.titled("Doomed").contact("Jane", "jane@globex.example", "0470123456"));
            fixture.events().clear();

            assertThatCrmError(() -> crm().leads().convert(ConvertLead.of(lead.id(), "Jane Doe")
                    .withCompany(CompanyOption.createNew("Globex")).withDeal(DealDraft.in(empty.id()))))
                    .hasCode("pipeline.no-stages");

            assertNothingConverted(crm(), lead);
            assertThat(fixture.events().events()).isEmpty();
        }

        @Test
        @DisplayName("a failure injected at any write of the conversion leaves no row behind")
        void failureAtEveryStep() {
            FaultInjectingStore faults = FaultInjectingStore.around(store());
            CrmFixture faulty = CrmFixture.on(faults.store());
            Pipeline sales = aPipeline().createIn(faulty.crm());
            Lead lead = faulty.crm().leads().create(LeadInput.titled("Fleet").contact("Jane", "jane@globex.example",
                    "0470123456")).lead();
            ConvertLead command = ConvertLead.of(lead.id(), "Jane Doe").withCompany(CompanyOption.createNew("Globex"))
                    .withDeal(DealDraft.in(sales.id()));
            int step = 0;
            while (true) {
                faults.failAtWrite(++step);
                Throwable failure = catchThrowable(() -> faulty.crm().leads().convert(command));
                if (failure == null) {
                    break;
                }
                assertThat(failure).isInstanceOf(FaultInjectingStore.InjectedFault.class);
                faults.heal();
                assertNothingConverted(faulty.crm(), lead);
            }
            faults.heal();
            assertThat(step).as("writes of one conversion").isGreaterThan(5);
            assertThat(faulty.crm().leads().get(lead.id()).isConverted()).isTrue();
        }

        @Test
        @DisplayName("an opportunity can be opened from a lead without converting it")
        void opportunity() {
            Pipeline sales = aPipeline().createIn(crm());
            Lead lead = lead(LeadInput.titled("Pilot").worth(Money.of("500", "EUR")));

            Deal deal = crm().leads().createOpportunity(lead.id(), DealDraft.in(sales.id()));

            assertThat(deal.terms().title()).isEqualTo("Pilot");
            Lead read = crm().leads().get(lead.id());
            assertThat(read.opportunities()).containsExactly(deal.id());
            assertThat(read.isConverted()).isFalse();
        }

        private void assertNothingConverted(Crm crm, Lead lead) {
            Lead read = crm.leads().get(lead.id());
            assertThat(read.isConverted()).isFalse();
            assertThat(read.opportunities()).isEmpty();
            assertThat(read.status()).isEqualTo(lead.status());
            assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total()).isZero();
            long deals = crm.pipelines().all().stream().flatMap(p -> crm.deals().board(p.id()).columns().stream())
                    .mapToLong(c -> c.dealCount()).sum();
            assertThat(deals).isZero();
        }
    }
}
