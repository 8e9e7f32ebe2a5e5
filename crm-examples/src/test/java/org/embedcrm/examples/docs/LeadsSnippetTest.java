package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.StoreException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.lead.CompanyOption;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.ConvertedLead;
import org.embedcrm.core.lead.CreatedLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadBoardColumn;
import org.embedcrm.core.lead.LeadCard;
import org.embedcrm.core.lead.LeadConversion;
import org.embedcrm.core.lead.LeadConverted;
import org.embedcrm.core.lead.LeadCreated;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadLost;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.lead.PossibleDuplicate;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactCreated;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.Employment;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of {@code docs/leads.md}, on the in-memory store. */
@DisplayName("docs/leads.md")
class LeadsSnippetTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final Pipeline sales = aPipeline().named("Sales").createIn(crm);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream console;
    private LeadId fleetId;

    @BeforeEach
    void captureOutput() {
        console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Inbox.shared().clear();
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(console);
    }

    /** @return the lines the snippets printed so far */
    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    @DisplayName("settings: a fresh tenant has the standard statuses and sources; new statuses are ordered, sources"
            + " deactivated, and one status per outcome")
    void settings() {
        assertThat(crm.leadSettings().statuses()).extracting(LeadStatus::name, LeadStatus::isDefault,
                LeadStatus::isFinal, LeadStatus::outcome).containsExactly(
                tuple("New", true, false, LeadOutcome.NONE),
                tuple("Contacted", false, false, LeadOutcome.NONE),
                tuple("Qualified", false, false, LeadOutcome.NONE),
                tuple("Converted", false, true, LeadOutcome.CONVERTED),
                tuple("Lost", false, true, LeadOutcome.LOST));
        assertThat(crm.leadSettings().sources()).extracting(LeadSource::name)
                .containsExactly("Cold Call", "Referral", "Social Media", "Trade Show", "Website");

        LeadStatus nurturing = crm.leadSettings().defineStatus("Nurturing", "#FFB74D", false, LeadOutcome.NONE);
        LeadStatus parked = crm.leadSettings().defineStatus("Parked", "#9E9E9E", true, LeadOutcome.NONE); // final
        List<LeadStatusId> order = new ArrayList<>(crm.leadSettings().statuses().stream().map(LeadStatus::id).toList());
        order.remove(nurturing.id());
        order.add(2, nurturing.id());
        crm.leadSettings().reorderStatuses(order); // New, Contacted, Nurturing, Qualified, Converted, Lost, Parked
        crm.leadSettings().updateStatus(nurturing.id(), "Nurture", "#FFA726", false, LeadOutcome.NONE); // renamed
        LeadSource fair = crm.leadSettings().defineSource("Ghent Fair 2026");
        LeadSource coldCall = crm.leadSettings().sources().stream()
                .filter(source -> source.name().equals("Cold Call")).findFirst().orElseThrow();
        crm.leadSettings().setSourceActive(coldCall.id(), false); // leads keep it; new leads cannot name it
        try {
            crm.leadSettings().defineStatus("Won", null, true, LeadOutcome.CONVERTED);
        } catch (RuleViolationException e) {
            System.out.println(e.code()); // lead-status.outcome-taken: Converted already means converted
        }

        assertThat(printed()).containsExactly("lead-status.outcome-taken");
        assertThat(crm.leadSettings().statuses()).extracting(LeadStatus::name).containsExactly("New", "Contacted",
                "Nurture", "Qualified", "Converted", "Lost", "Parked");
        assertThat(parked.color().hex()).isEqualTo("#9E9E9E");
        assertThat(crm.leadSettings().sources()).extracting(LeadSource::name, LeadSource::active)
                .contains(tuple("Ghent Fair 2026", true), tuple("Cold Call", false));
        assertThat(fair.active()).isTrue();
        assertThatCrmError(() -> crm.leads().create(LeadInput.titled("Coffee").from(coldCall.id())))
                .isA(RuleViolationException.class).hasCode("lead-source.inactive");
        assertThatCrmError(() -> crm.leadSettings().defineStatus("nurture ", null, false, LeadOutcome.NONE))
                .isA(ConflictException.class).hasCode("lead-status.name-taken");
        assertThatCrmError(() -> crm.leadSettings().defineSource("GHENT FAIR 2026"))
                .isA(ConflictException.class).hasCode("lead-source.name-taken");
        assertThatCrmError(() -> crm.leadSettings().defineStatus("Odd", "red", false, LeadOutcome.NONE))
                .reportsFields("color");
        assertThatCrmError(() -> crm.leadSettings().makeDefault(parked.id())).hasCode("validation.failed");
        assertThatCrmError(() -> crm.leadSettings().reorderStatuses(List.of(parked.id())))
                .hasCode("validation.failed");
        LeadStatus fresh = status("New");
        assertThatCrmError(() -> crm.leadSettings().deleteStatus(fresh.id())).hasCode("lead-status.is-default");
        crm.leads().create(LeadInput.titled("Kept").inStatus(nurturing.id()));
        assertThatCrmError(() -> crm.leadSettings().deleteStatus(nurturing.id())).hasCode("lead-status.in-use");
        assertThatCrmError(() -> crm.leadSettings().updateStatus(nurturing.id(), "Nurture", null, true,
                LeadOutcome.NONE)).isA(RuleViolationException.class).hasCode("lead-status.in-use");
        assertThat(crm.leadSettings().updateStatus(nurturing.id(), "Warming up", null, false, LeadOutcome.NONE).name())
                .as("a status in use is still renamed").isEqualTo("Warming up");
        assertThatCrmError(() -> crm.leadSettings().updateStatus(parked.id(), "Parked", null, true,
                LeadOutcome.LOST)).hasCode("lead-status.outcome-taken");
        crm.leadSettings().deleteStatus(parked.id());
        assertThat(crm.leadSettings().statuses()).extracting(LeadStatus::displayOrder)
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    @DisplayName("settings: changing them needs MANAGE_PIPELINES; an unused lost status can go, and lose then fails")
    void settingsRules() {
        Crm readOnly = CrmFixture.on(new InMemoryCrmStore(), (actor, tenant, permission) -> false).crm();
        assertThat(readOnly.leadSettings().statuses()).hasSize(5);
        assertThatCrmError(() -> readOnly.leadSettings().defineSource("Fair")).isA(AccessDeniedException.class)
                .hasCode("access-denied");

        crm.leadSettings().deleteStatus(status("Lost").id());
        Lead lead = crm.leads().create(LeadInput.titled("Orphan")).lead();
        LostReason price = crm.lostReasons().define(DefineLostReason.named("Price"));
        assertThatCrmError(() -> crm.leads().lose(lead.id(), price.id(), null)).hasCode("lead-status.no-lost");
        crm.leadSettings().deleteStatus(status("Converted").id());
        assertThatCrmError(() -> crm.leads().convert(ConvertLead.of(lead.id(), "Jane Doe")))
                .hasCode("lead-status.no-converted");
    }

    @Test
    @DisplayName("creating: the default status, the actor as assignee, e-mail and phone normalised like a contact's")
    void creating() {
        LeadSource fair = crm.leadSettings().defineSource("Ghent Fair 2026");

        CreatedLead created = crm.leads().create(LeadInput.titled("Fleet renewal")
                .contact("Jane Doe", " Jane.Doe@WAYNE.Example", "0470 55 66 77")
                .company("Wayne Enterprises")
                .worth(Money.of("20000.00", "EUR"))
                .from(fair.id()));
        Lead fleet = created.lead();
        // in New, assigned to alice; e-mail Jane.Doe@wayne.example, phone +32470556677 (raw "0470 55 66 77")

        assertThat(fleet.status()).isEqualTo(status("New").id());
        assertThat(fleet.assignee()).isEqualTo(UserRef.of("alice"));
        assertThat(fleet.details().email().value()).isEqualTo("Jane.Doe@wayne.example");
        assertThat(fleet.details().phone().e164()).isEqualTo("+32470556677");
        assertThat(fleet.details().phone().raw()).isEqualTo("0470 55 66 77");
        assertThat(fleet.details().source()).isEqualTo(fair.id());
        assertThat(created.possibleDuplicates()).isEmpty();
        assertThat(fixture.events().eventsOf(LeadCreated.class)).extracting(LeadCreated::lead, LeadCreated::status)
                .containsExactly(tuple(fleet.id(), status("New").id()));
        assertThat(fixture.notifications().sent()).as("the actor assigned it to herself").isEmpty();
    }

    @Test
    @DisplayName("creating: every invalid field at once; no converted or lost start; the record's own components")
    void creatingRules() {
        assertThatCrmError(() -> crm.leads().create(LeadInput.titled(" ").contact("X", "not-mail", "12")))
                .hasCode("validation.failed").reportsFields("title", "email", "phone");
        assertThatCrmError(() -> crm.leads().create(LeadInput.titled("Free").worth(Money.of("-1.00", "EUR"))))
                .reportsFields("value");
        assertThatCrmError(() -> crm.leads().create(LeadInput.titled("Won already").inStatus(status("Converted").id())))
                .isA(RuleViolationException.class).hasCode("lead.outcome-by-command");
        assertThatCrmError(() -> crm.leads().create(LeadInput.titled("Nowhere")
                .inStatus(new LeadStatusId(UUID.randomUUID())))).isA(NotFoundException.class)
                .hasCode("lead-status.not-found");
        assertThatCrmError(() -> crm.leads().create(new LeadInput("Referred", null, null, null, null, null, null,
                null, new ContactId(UUID.randomUUID()), null, null, false, false))).hasCode("contact.not-found");

        Contact lotte = crm.contacts().create(ContactInput.person("Lotte", "Janssens").email("lotte@janssens.example")
                .build());
        Lead referred = crm.leads().create(new LeadInput("Showroom", "Referred at the fair", "Piet Claes", null, null,
                null, null, null, lotte.id(), null, null, false, false)).lead();
        assertThat(referred.details().description()).isEqualTo("Referred at the fair");
        assertThat(referred.details().referent()).isEqualTo(lotte.id());
        assertThat(referred.details().email()).as("a lead needs neither e-mail nor phone").isNull();
    }

    @Test
    @DisplayName("possible duplicates: leads and contacts sharing the phone or e-mail are listed; a lead's e-mail is"
            + " unique among leads")
    void duplicates() {
        fleet();
        Contact jane = crm.contacts().create(ContactInput.person("Jane", "Doe").email("jane.doe@wayne.example")
                .build());

        CreatedLead again = crm.leads().create(LeadInput.titled("Wayne spare parts")
                .contact("J. Doe", null, "+32 470 55 66 77"));
        for (PossibleDuplicate duplicate : again.possibleDuplicates()) {
            System.out.println(duplicate.name() + ", same " + duplicate.matchedOn()); // Fleet renewal, same phone
        }
        try {
            crm.leads().create(LeadInput.titled("Wayne trucks").contact("Jane", "jane.doe@wayne.example", null));
        } catch (ConflictException e) {
            System.out.println(e.code()); // lead.email-taken; the message names "Fleet renewal"
        }

        assertThat(printed()).containsExactly("Fleet renewal, same phone", "lead.email-taken");
        assertThatCrmError(() -> crm.leads().create(LeadInput.titled("Wayne trucks")
                .contact("Jane", "JANE.DOE@wayne.example", null))).isA(ConflictException.class)
                .hasCode("lead.email-taken").satisfies(e -> assertThat(e.getMessage()).contains("Fleet renewal"));
        crm.contacts().archive(jane.id());
        Contact active = crm.contacts().create(ContactInput.person("Jane", "Doe").email("jane@doe.example")
                .phone("0470 55 66 77").build());
        CreatedLead third = crm.leads().create(LeadInput.titled("Wayne bikes")
                .contact("Jane", "Jane@Doe.example", "0470556677"));
        assertThat(third.possibleDuplicates()).extracting(PossibleDuplicate::contact, PossibleDuplicate::lead,
                PossibleDuplicate::matchedOn).containsExactlyInAnyOrder(
                tuple(active.id(), null, "email"),
                tuple(null, again.lead().id(), "phone"),
                tuple(null, fleetId, "phone"));
    }

    @Test
    @DisplayName("editing: from LeadInput.of, with the version edited; the status is not the input's to change")
    void editing() {
        Lead fleet = fleet();
        crm.leads().moveOnBoard(fleet.id(), status("Contacted").id());

        Lead loaded = crm.leads().get(fleet.id());
        Lead edited = crm.leads().update(loaded.id(), LeadInput.of(loaded).worth(Money.of("24000.00", "EUR")),
                loaded.version());

        assertThat(edited.details().value()).isEqualTo(Money.of("24000.00", "EUR"));
        assertThat(edited.details().email()).isEqualTo(loaded.details().email());
        assertThat(edited.status()).isEqualTo(status("Contacted").id());
        assertThatCrmError(() -> crm.leads().update(loaded.id(), LeadInput.of(loaded), loaded.version()))
                .isA(ConflictException.class).hasCode("stale-version");
        assertThat(crm.leads().update(loaded.id(), LeadInput.of(edited).inStatus(status("New").id()), null)
                .status()).isEqualTo(status("Contacted").id());
        Lead refused = crm.leads().update(fleet.id(), LeadInput.of(edited).rejecting(false, true), null);
        assertThat(refused.consent().emailRejected()).isTrue();
        assertThat(crm.leads().update(fleet.id(), LeadInput.of(refused).rejecting(false, false), null)
                .consent().emailRejected()).isFalse();
        Lead reassigned = crm.leads().update(fleet.id(), LeadInput.of(refused).assignedTo(UserRef.of("carol")), null);
        assertThat(reassigned.assignee()).isEqualTo(UserRef.of("carol"));
        assertThat(fixture.notifications().sent()).extracting(Notification::recipient).containsExactly("carol");
    }

    @Test
    @DisplayName("assignment: someone else than the actor is notified after the commit, never for a rolled-back change")
    void assignment() {
        Lead fleet = fleet();

        Lead reassigned = crm.leads().assign(fleet.id(), UserRef.of("bob")); // bob is told once this has committed

        assertThat(reassigned.assignee()).isEqualTo(UserRef.of("bob"));
        assertThat(fixture.notifications().sent()).singleElement().satisfies(n -> {
            assertThat(n.tenant()).isEqualTo(fixture.tenant().value());
            assertThat(n.recipient()).isEqualTo("bob");
            assertThat(n.kind()).isEqualTo("lead.assigned");
            assertThat(n.subject()).isEqualTo("Lead 'Fleet renewal' was assigned to you by alice");
            assertThat(n.occurredAt()).isEqualTo(fixture.clock().instant());
            assertThat(n.attributes()).containsOnlyKeys("leadId", "assignedBy", "idempotencyKey")
                    .containsEntry("leadId", fleet.id().toString()).containsEntry("assignedBy", "alice");
        });
        crm.leads().assign(fleet.id(), UserRef.of("bob"));
        crm.leads().assign(fleet.id(), UserRef.of("alice"));
        catchThrowable(() -> fixture.inTransaction(() -> {
            crm.leads().assign(fleet.id(), UserRef.of("carol"));
            throw new IllegalStateException("the host's own work fails");
        }));
        assertThat(fixture.notifications().sent()).as("not for bob again, nor alice herself, nor a rolled-back change")
                .hasSize(1);
        assertThat(crm.leads().get(fleet.id()).assignee()).isEqualTo(UserRef.of("alice"));
        Lead forDave = crm.leads().create(LeadInput.titled("Dave's").assignedTo(UserRef.of("dave"))).lead();
        assertThat(fixture.notifications().sent()).last().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("dave");
            assertThat(n.attributes()).containsEntry("leadId", forDave.id().toString());
        });
    }

    @Test
    @DisplayName("a notifier registered on the builder receives the notification; one that throws leaves the change"
            + " committed and the notification in the outbox, delivered to every notifier by a later retry")
    void notifierOnTheBuilder() {
        Inbox inbox = new Inbox();
        Crm crm = wired(inbox);
        AtomicBoolean mailServerDown = new AtomicBoolean(true);
        Crm failing = Crm.builder().store(fixture.store()).context(fixture.context()).clock(fixture.clock())
                .discoverPlugins(false).notifier(n -> {
                    if (mailServerDown.get()) {
                        throw new IllegalStateException("mail server down");
                    }
                }).notifier(new InboxNotifier(inbox)).build();

        Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal").assignedTo(UserRef.of("bob"))).lead();
        Lead other = failing.leads().create(LeadInput.titled("Scanners").assignedTo(UserRef.of("carol"))).lead();

        assertThat(inbox.messages()).extracting(Inbox.Message::recipient, Inbox.Message::link)
                .as("the inbox, registered after the failing notifier, gets the notification all the same")
                .containsExactly(tuple("bob", "/leads/" + lead.id()), tuple("carol", "/leads/" + other.id()));
        assertThat(crm.leads().get(other.id()).assignee()).isEqualTo(UserRef.of("carol"));
        mailServerDown.set(false);
        fixture.clock().advance(Duration.ofMinutes(1));
        assertThat(failing.outbox().deliverDue(fixture.clock().instant()).delivered()).isEqualTo(1);
        assertThat(inbox.messages()).extracting(Inbox.Message::recipient, Inbox.Message::link)
                .as("the retry hands it to every notifier again: at least once").containsExactly(
                        tuple("bob", "/leads/" + lead.id()), tuple("carol", "/leads/" + other.id()),
                        tuple("carol", "/leads/" + other.id()));
    }

    /** The builder snippet, over the fixture's store and tenant. */
    private Crm wired(Inbox inbox) {
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .phoneRegion("BE")
                .notifier(new InboxNotifier(inbox))
                .build();

        return crm;
    }

    @Test
    @DisplayName("a notifier listed in META-INF/services is found by ServiceLoader, unless discovery is off")
    void notifierFoundByServiceLoader(@TempDir Path classes) throws IOException {
        Path services = classes.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("org.embedcrm.spi.notification.Notifier"),
                "# src/main/resources/META-INF/services/org.embedcrm.spi.notification.Notifier\n"
                        + InboxNotifier.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader withService = new URLClassLoader(new URL[] {classes.toUri().toURL()}, original)) {
            thread.setContextClassLoader(withService);
            Crm discovering = Crm.builder().store(fixture.store()).context(fixture.context()).build();
            Crm notDiscovering = Crm.builder().store(fixture.store()).context(fixture.context())
                    .discoverPlugins(false).build();
            thread.setContextClassLoader(original);

            notDiscovering.leads().create(LeadInput.titled("Unseen").assignedTo(UserRef.of("carol")));
            Lead lead = discovering.leads().create(LeadInput.titled("Seen").assignedTo(UserRef.of("bob"))).lead();

            assertThat(Inbox.shared().messages()).extracting(Inbox.Message::recipient, Inbox.Message::link)
                    .containsExactly(tuple("bob", "/leads/" + lead.id()));
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    @DisplayName("the board: one column per non-final status, newest cards first; converted and lost leave it")
    void board() {
        Lead fleet = fleet();
        Lead parts = crm.leads().create(LeadInput.titled("Wayne spare parts")).lead();
        fixture.clock().advance(Duration.ofMinutes(1));
        crm.leads().create(LeadInput.titled("Office coffee").assignedTo(UserRef.of("bob")));
        LostReason price = crm.lostReasons().define(DefineLostReason.named("Price"));
        crm.leads().lose(crm.leads().create(LeadInput.titled("Gone")).lead().id(), price.id(), null);

        Map<String, LeadStatus> statuses = crm.leadSettings().statuses().stream()
                .collect(Collectors.toMap(LeadStatus::name, status -> status));
        crm.leads().moveOnBoard(fleet.id(), statuses.get("Qualified").id());
        for (LeadBoardColumn column : crm.leads().board(20)) {
            System.out.println(column.status().name() + ": " + column.leadCount());
            for (LeadCard card : column.cards()) {
                System.out.println("    " + card.title() + ", " + card.assignee());
            }
        }

        assertThat(printed()).containsExactly("New: 2", "    Office coffee, bob", "    Wayne spare parts, alice",
                "Contacted: 0", "Qualified: 1", "    Fleet renewal, alice");
        assertThat(crm.leads().board(1).get(0).cards()).extracting(LeadCard::title).containsExactly("Office coffee");
        assertThatCrmError(() -> crm.leads().moveOnBoard(parts.id(), statuses.get("Lost").id()))
                .isA(RuleViolationException.class).hasCode("lead.outcome-by-command");
        assertThatCrmError(() -> crm.leads().moveOnBoard(parts.id(), statuses.get("Converted").id()))
                .hasCode("lead.outcome-by-command");
        LeadStatus parked = crm.leadSettings().defineStatus("Parked", null, true, LeadOutcome.NONE);
        crm.leads().moveOnBoard(parts.id(), parked.id());
        assertThat(crm.leads().board(20)).extracting(column -> column.status().name(), LeadBoardColumn::leadCount)
                .containsExactly(tuple("New", 1L), tuple("Contacted", 0L), tuple("Qualified", 1L));
    }

    @Test
    @DisplayName("the list: filtered by status, source, assignee and text, newest first, page after page")
    void list() {
        Map<String, LeadStatus> statuses = crm.leadSettings().statuses().stream()
                .collect(Collectors.toMap(LeadStatus::name, status -> status));
        List<Lead> expected = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            fixture.clock().advance(Duration.ofMinutes(1));
            Lead lead = crm.leads().create(LeadInput.titled((i % 3 == 0 ? "Wayne " : "Acme ") + i)
                    .assignedTo(UserRef.of(i % 2 == 0 ? "bob" : "carol"))).lead();
            if (i % 5 == 0) {
                crm.leads().moveOnBoard(lead.id(), statuses.get("Qualified").id());
            }
            if (i % 3 == 0 && i % 2 == 0) {
                expected.add(0, lead);
            }
        }

        LeadFilter open = new LeadFilter(Set.of(statuses.get("New").id(), statuses.get("Qualified").id()), null,
                UserRef.of("bob"), "wayne");
        LeadQuery query = LeadQuery.firstPage(open).pageOf(20);
        LeadPage page = crm.leads().find(query);
        List<Lead> all = new ArrayList<>(page.leads());
        while (page.nextCursor() != null) {
            page = crm.leads().find(query.after(page.nextCursor()));
            all.addAll(page.leads());
        }

        assertThat(all).extracting(Lead::id).containsExactlyElementsOf(expected.stream().map(Lead::id).toList());
        LeadPage small = crm.leads().find(LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(20));
        assertThat(small.total()).isEqualTo(45);
        assertThat(small.leads()).first().extracting(l -> l.details().title()).isEqualTo("Acme 44");
        assertThatCrmError(() -> LeadQuery.firstPage(open).pageOf(501)).reportsFields("pageSize")
                .satisfies(e -> assertThat(codes(e)).containsExactly("lead.page-size.range"));
        assertThatCrmError(() -> query.after("not a cursor")).reportsFields("after")
                .satisfies(e -> assertThat(codes(e)).containsExactly("lead.cursor.invalid"));
    }

    @Test
    @DisplayName("losing: the lost status with a reason shared with deals; a lost lead is reopened on the board")
    void losing() {
        fleet();
        Map<String, LeadStatus> statuses = crm.leadSettings().statuses().stream()
                .collect(Collectors.toMap(LeadStatus::name, status -> status));
        CreatedLead again = crm.leads().create(LeadInput.titled("Wayne spare parts")
                .contact("J. Doe", null, "+32 470 55 66 77"));
        fixture.events().clear();

        LostReason budget = crm.lostReasons().define(DefineLostReason.named("No budget").withNote());
        Lead parts = again.lead();
        Lead lost = crm.leads().lose(parts.id(), budget.id(), "Frozen until next year");
        // lost.status() is the Lost status; lost.lostReason() and lost.lostNote() say why
        Lead reopened = crm.leads().moveOnBoard(parts.id(), statuses.get("Contacted").id()); // reason and note cleared

        assertThat(lost.status()).isEqualTo(statuses.get("Lost").id());
        assertThat(lost.lostReason()).contains(budget.id());
        assertThat(lost.lostNote()).contains("Frozen until next year");
        assertThat(fixture.events().eventsOf(LeadLost.class)).extracting(LeadLost::lead, LeadLost::lostReason)
                .containsExactly(tuple(parts.id(), budget.id()));
        assertThat(reopened.status()).isEqualTo(statuses.get("Contacted").id());
        assertThat(reopened.lostReason()).isEmpty();
        assertThat(reopened.lostNote()).isEmpty();
        crm.leads().lose(parts.id(), budget.id(), "Frozen until next year");
        assertThatCrmError(() -> crm.leads().convert(ConvertLead.of(parts.id(), "Jane Doe")))
                .isA(RuleViolationException.class).hasCode("lead.is-lost");
        assertThatCrmError(() -> crm.leads().lose(parts.id(), budget.id(), " ")).reportsFields("lostNote")
                .satisfies(e -> assertThat(codes(e)).containsExactly("deal.lost-note.required"));
        crm.lostReasons().setActive(budget.id(), false);
        assertThatCrmError(() -> crm.leads().lose(parts.id(), budget.id(), "x")).hasCode("lost-reason.inactive");
        crm.lostReasons().setActive(budget.id(), true);
        assertThatCrmError(() -> crm.leads().lose(parts.id(), budget.id(), "x".repeat(1001))).reportsFields("lostNote")
                .satisfies(e -> assertThat(codes(e)).containsExactly("lead.lost-note.too-long"));
    }

    @Test
    @DisplayName("converting: a new customer, a new company and a deal, recorded on the frozen lead, announced in"
            + " order")
    void converting() {
        Lead fleet = fleet();
        crm.leads().assign(fleet.id(), UserRef.of("bob"));
        fixture.events().clear();

        ConvertedLead result = crm.leads().convert(ConvertLead.of(fleet.id(), "Jane Doe")
                .withCompany(CompanyOption.createNew("Wayne Enterprises")) // reachable at the lead's phone number
                .withDeal(new DealDraft(null, null, sales.id(), null, LocalDate.of(2026, 4, 30))));
        Contact jane = result.customer();   // a new person, a customer, working at Wayne Enterprises
        Contact wayne = result.company();   // a new company contact, a customer
        Deal deal = result.deal();          // "Fleet renewal" in Sales' entry stage, worth the lead's value, for bob
        LeadConversion record = result.lead().conversion().orElseThrow(); // when, by whom, and the three ids

        assertThat(jane.type()).isEqualTo(ContactType.PERSON);
        assertThat(jane.profile().firstName()).isEqualTo("Jane");
        assertThat(jane.profile().lastName()).isEqualTo("Doe");
        assertThat(jane.roles()).containsExactly(ContactRole.CUSTOMER);
        assertThat(jane.origin()).as("the lead's source").contains("Ghent Fair 2026");
        assertThat(jane.profile().primaryEmail()).map(e -> e.value()).contains("Jane.Doe@wayne.example");
        assertThat(jane.employments()).extracting(Employment::company, Employment::jobTitle)
                .containsExactly(tuple(wayne.id(), null));
        assertThat(wayne.type()).isEqualTo(ContactType.COMPANY);
        assertThat(wayne.roles()).containsExactly(ContactRole.CUSTOMER);
        assertThat(wayne.profile().primaryPhone()).map(PhoneNumber::e164).contains("+32470556677");
        assertThat(crm.contacts().get(wayne.id()).primaryContact()).isEmpty();
        assertThat(deal.terms().title()).isEqualTo("Fleet renewal");
        assertThat(deal.stage()).isEqualTo(stage(sales, "Lead").id());
        assertThat(deal.terms().value()).isEqualTo(Money.of("20000.00", "EUR"));
        assertThat(deal.terms().assignee()).isEqualTo(UserRef.of("bob"));
        assertThat(deal.terms().expectedCloseDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(deal.terms().customer()).isEqualTo(jane.id());
        assertThat(deal.terms().company()).isEqualTo(wayne.id());
        assertThat(record.at()).isEqualTo(fixture.clock().instant());
        assertThat(record.by()).isEqualTo(UserRef.of("alice"));
        assertThat(List.of(record.customer(), record.company())).containsExactly(jane.id(), wayne.id());
        assertThat(record.deal()).isEqualTo(deal.id());
        Lead stored = crm.leads().get(fleet.id());
        assertThat(stored.status()).isEqualTo(status("Converted").id());
        assertThat(stored.opportunities()).containsExactly(deal.id());
        assertThat(fixture.events().events()).extracting(DomainEvent::getClass).containsExactly(ContactCreated.class,
                ContactCreated.class, DealCreated.class, LeadConverted.class);
        assertThat(fixture.events().eventsOf(LeadConverted.class)).singleElement().satisfies(e -> {
            assertThat(e.lead()).isEqualTo(fleet.id());
            assertThat(e.customer()).isEqualTo(jane.id());
            assertThat(e.company()).isEqualTo(wayne.id());
            assertThat(e.deal()).isEqualTo(deal.id());
        });
        assertThatCrmError(() -> crm.contacts().delete(wayne.id())).isA(RuleViolationException.class)
                .hasCode("contact.has-linked-records");
        for (Runnable frozen : List.<Runnable>of(
                () -> crm.leads().convert(ConvertLead.of(fleet.id(), "Jane Doe")),
                () -> crm.leads().assign(fleet.id(), UserRef.of("carol")),
                () -> crm.leads().moveOnBoard(fleet.id(), status("New").id()),
                () -> crm.leads().update(fleet.id(), LeadInput.of(stored), null),
                () -> crm.leads().createOpportunity(fleet.id(), DealDraft.in(sales.id())))) {
            assertThatCrmError(frozen::run).isA(RuleViolationException.class).hasCode("lead.already-converted");
        }
    }

    @Test
    @DisplayName("converting: the customer's name has two words; a customer or new company needs an e-mail or phone")
    void convertingRules() {
        Lead bare = crm.leads().create(LeadInput.titled("Bare")).lead();

        assertThatCrmError(() -> crm.leads().convert(ConvertLead.of(bare.id(), "Cher").reachableAt("cher@x.example",
                null))).reportsFields("customerName")
                .satisfies(e -> assertThat(codes(e)).containsExactly("lead.customer-name.incomplete"));
        assertThatCrmError(() -> crm.leads().convert(ConvertLead.of(bare.id(), "Cher Sarkisian")))
                .reportsFields("emails").satisfies(e -> assertThat(codes(e))
                        .containsExactly("contact.needs-email-or-phone"));
        assertThatCrmError(() -> crm.leads().convert(ConvertLead.of(bare.id(), "Cher Sarkisian")
                .reachableAt("cher@x.example", null).withCompany(CompanyOption.createNew("Cher Inc"))))
                .reportsFields("emails");
        Contact person = crm.contacts().create(ContactInput.person("Jan", "Peeters").email("jan@x.example").build());
        assertThatCrmError(() -> crm.leads().convert(ConvertLead.of(bare.id(), "Cher Sarkisian")
                .reachableAt("cher@x.example", null).withCompany(CompanyOption.existing(person.id()))))
                .hasCode("contact.wrong-type");
        assertThatCrmError(() -> crm.leads().convert(new ConvertLead(bare.id(), "Cher Sarkisian", "cher@x.example",
                null, CompanyOption.none(), null, 99L))).hasCode("stale-version");

        ConvertedLead named = crm.leads().convert(ConvertLead.of(bare.id(), "Anna Maria Peeters")
                .reachableAt("anna@x.example", null)
                .withCompany(CompanyOption.createNew("Peeters BV").reachableAt("info@peeters.example", null)));
        assertThat(named.customer().profile().firstName()).isEqualTo("Anna Maria");
        assertThat(named.customer().profile().lastName()).isEqualTo("Peeters");
        assertThat(named.company().profile().primaryEmail()).map(e -> e.value()).contains("info@peeters.example");
        assertThat(named.deal()).isNull();
        Lead refusing = crm.leads().create(LeadInput.titled("Quiet").contact("Tom", "tom@quiet.example", null)
                .rejecting(true, false)).lead();
        assertThat(crm.leads().convert(ConvertLead.of(refusing.id(), "Tom Claes")).customer().consent()
                .callRejected()).isTrue();
    }

    @Test
    @DisplayName("converting: an active contact with the e-mail address is reused and made a customer, not duplicated")
    void reusing() {
        fixture.events().clear();

        Contact acme = crm.contacts().create(ContactInput.company("Acme Industries").email("info@acme.example")
                .build());
        Contact marie = crm.contacts().create(ContactInput.person("Marie", "Dubois").email("marie.dubois@acme.example")
                .role(ContactRole.PROSPECT).build());
        Lead upsell = crm.leads().create(LeadInput.titled("Acme upsell")
                .contact("Marie Dubois", "Marie.Dubois@ACME.example", "0470 12 34 56")).lead();
        ConvertedLead reused = crm.leads().convert(ConvertLead.of(upsell.id(), "Marie Dubois")
                .withCompany(CompanyOption.existing(acme.id())));
        // reused.customer() is Marie, now a customer, not a prospect, with the lead's phone number, working at Acme

        assertThat(reused.customer().id()).isEqualTo(marie.id());
        assertThat(reused.customer().roles()).containsExactly(ContactRole.CUSTOMER);
        assertThat(reused.customer().profile().primaryPhone()).map(PhoneNumber::e164).contains("+32470123456");
        assertThat(reused.company().id()).isEqualTo(acme.id());
        assertThat(crm.contacts().employees(acme.id())).extracting(Contact::id).containsExactly(marie.id());
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total()).isEqualTo(2);
        assertThat(fixture.events().events()).extracting(DomainEvent::getClass).containsExactly(ContactCreated.class,
                ContactCreated.class, LeadCreated.class, LeadConverted.class);
    }

    @Test
    @DisplayName("all or nothing: a failing deal leaves no contact, company or deal, the lead unchanged, no event")
    void allOrNothing() {
        long contacts = crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total();
        fixture.events().clear();

        Pipeline drafts = crm.pipelines().create(CreatePipeline.named("Drafts")); // no stages yet
        Lead coffee = crm.leads().create(LeadInput.titled("Office coffee").contact("Tom Claes", null, "09 234 56 78"))
                .lead();
        try {
            crm.leads().convert(ConvertLead.of(coffee.id(), "Tom Claes")
                    .withCompany(CompanyOption.createNew("Claes & Zonen"))
                    .withDeal(DealDraft.in(drafts.id())));
        } catch (RuleViolationException e) {
            System.out.println(e.code()); // pipeline.no-stages: no contact, company or deal stored; the lead unchanged
        }

        assertThat(printed()).containsExactly("pipeline.no-stages");
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total())
                .isEqualTo(contacts);
        Lead read = crm.leads().get(coffee.id());
        assertThat(read.snapshot()).isEqualTo(coffee.snapshot());
        assertThat(fixture.events().events()).extracting(DomainEvent::getClass).as("the lead's creation alone")
                .containsExactly(LeadCreated.class);
    }

    @Test
    @DisplayName("all or nothing: a host transaction that caught a failed conversion cannot commit")
    void hostTransaction() {
        Lead coffee = crm.leads().create(LeadInput.titled("Office coffee").contact("Tom Claes", null, "092345678"))
                .lead();
        Pipeline drafts = crm.pipelines().create(CreatePipeline.named("Drafts"));

        assertThatCrmError(() -> fixture.inTransaction(() -> {
            catchThrowable(() -> crm.leads().convert(ConvertLead.of(coffee.id(), "Tom Claes")
                    .withDeal(DealDraft.in(drafts.id()))));
            crm.leads().assign(coffee.id(), UserRef.of("bob"));
            return null;
        })).isA(StoreException.class).hasCode("transaction.rolled-back");
        assertThat(crm.leads().get(coffee.id()).assignee()).isEqualTo(UserRef.of("alice"));
        assertThat(fixture.notifications().sent()).isEmpty();
    }

    @Test
    @DisplayName("an opportunity: a deal from the lead without converting it, listed on the lead")
    void opportunity() {
        Lead pilot = crm.leads().create(LeadInput.titled("Scanner pilot").worth(Money.of("500.00", "EUR"))).lead();
        Deal opportunity = crm.leads().createOpportunity(pilot.id(), DealDraft.in(sales.id()));
        // opportunity.terms().title() is "Scanner pilot"; crm.leads().get(pilot.id()).opportunities() holds its id

        assertThat(opportunity.terms().title()).isEqualTo("Scanner pilot");
        assertThat(opportunity.terms().value()).isEqualTo(Money.of("500.00", "EUR"));
        assertThat(opportunity.terms().company()).isNull();
        assertThat(opportunity.terms().customer()).isNull();
        Lead read = crm.leads().get(pilot.id());
        assertThat(read.opportunities()).containsExactly(opportunity.id());
        assertThat(read.isConverted()).isFalse();
        assertThat(read.status()).isEqualTo(status("New").id());
    }

    /** The lead of the page's creation snippet. */
    private Lead fleet() {
        LeadSource fair = crm.leadSettings().defineSource("Ghent Fair 2026");
        Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal")
                .contact("Jane Doe", " Jane.Doe@WAYNE.Example", "0470 55 66 77")
                .company("Wayne Enterprises")
                .worth(Money.of("20000.00", "EUR"))
                .from(fair.id())).lead();
        fleetId = lead.id();
        return lead;
    }

    private static List<String> codes(CrmException e) {
        return ((ValidationException) e).violations().stream().map(Violation::code).toList();
    }

    private LeadStatus status(String name) {
        return crm.leadSettings().statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
