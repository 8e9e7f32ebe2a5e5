package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.merge.ContactsMerged;
import org.embedcrm.core.merge.FieldConflict;
import org.embedcrm.core.merge.LinkedKind;
import org.embedcrm.core.merge.MergeContacts;
import org.embedcrm.core.merge.MergeField;
import org.embedcrm.core.merge.MergePreview;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.DuplicateSweep;
import org.embedcrm.core.merge.FieldWeight;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.merge.LeadFieldConflict;
import org.embedcrm.core.merge.LeadMergeField;
import org.embedcrm.core.merge.LeadMergePreview;
import org.embedcrm.core.merge.LeadsMerged;
import org.embedcrm.core.merge.MergeLeads;
import org.embedcrm.core.shared.Money;
import java.util.Map;
import org.embedcrm.core.lead.LeadFilter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/duplicates-and-merge.md}; those on stored contacts on the in-memory store. */
@DisplayName("docs/duplicates-and-merge.md")
class DuplicatesAndMergeSnippetTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final Contact globex = crm.contacts().create(ContactInput.company("Globex")
            .email("hello@globex.example").build());
    private final Tag vip = crm.contactSettings().defineTag("VIP", null);
    private final Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith")
            .email("ann.smith@globex.example").phone("+32 470 12 34 56").industry("Wholesale").build());
    private final Contact marc = crm.contacts().create(ContactInput.person("Marc", "Dupont")
            .email("marc@initech.example").build());
    /** Ann again, typed in by a colleague at a trade fair. */
    private final Contact copy = crm.contacts().create(ContactInput.person("Anne", "Smith")
            .email("anne.smith@gmail.com").phone("0470 12 34 56").industry("Retail").website("https://ann.example")
            .tag(vip.id()).build());

    @Test
    @DisplayName("a search reports pairs and clusters, each pair explained, and one record is checked on its own")
    void searchAndCheckOne() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DuplicateFinder finder = DuplicateFinder.of(DuplicateCriteria.persons().withDefaultRegion("BE"));
            List<MatchRecord> records = List.of(
                    MatchRecord.person(MatchRecordId.of("c-1"), "Anna", "Peeters")
                            .withEmails("anna.peeters@acme.be").withPhones("0470 12 34 56"),
                    MatchRecord.person(MatchRecordId.of("c-2"), "Peeters", "Anna")
                            .withEmails("Anna.Peeters+news@ACME.be"),
                    MatchRecord.person(MatchRecordId.of("c-3"), "Jan", "Janssens").withPhones("+32 470 99 88 77"));

            DuplicateReport report = finder.find(records);
            for (DuplicatePair pair : report.pairs()) {
                System.out.println(pair.first() + " ~ " + pair.second() + ": " + pair.evidence().explain());
            }

            assertThat(report.clusters()).singleElement().satisfies(cluster -> assertThat(cluster.members())
                    .containsExactly(MatchRecordId.of("c-1"), MatchRecordId.of("c-2")));

            DuplicateCandidates known = DuplicateCandidates.inMemory(records, finder);
            MatchRecord typed = MatchRecord.person(MatchRecordId.of("new"), "Ana", "Peters")
                    .withPhones("0470/12.34.56");
            List<DuplicatePair> likely = finder.duplicatesOf(typed, known);

            assertThat(likely).singleElement().satisfies(pair -> {
                assertThat(pair.second()).isEqualTo(MatchRecordId.of("c-1"));
                assertThat(pair.evidence().strongKeys()).containsExactly(MatchField.PHONE);
            });
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("c-1 ~ c-2: duplicate: score 15.0 >= 6.0; "
                + "strong key EMAIL; first and last names swapped; FIRST_NAME 1.00 (+3.5), LAST_NAME 1.00 (+3.5), "
                + "EMAIL 1.00 (+8.0)" + System.lineSeparator());
    }

    @Test
    @DisplayName("criteria change one thing at a time")
    void criteria() {
        DuplicateCriteria sites = DuplicateCriteria.organisations()
                .withDefaultRegion("US")
                .withStrongKeys()
                .withField(MatchField.STREET, FieldWeight.of(6, -6))
                .withThreshold(7);

        assertThat(sites.strongKeys()).isEmpty();
        assertThat(sites.weights().get(MatchField.STREET)).isEqualTo(FieldWeight.of(6, -6));
    }

    @Test
    @DisplayName("the stored contacts are searched for duplicates, among all or for one")
    void storedContacts() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DuplicateCriteria criteria = DuplicateCriteria.persons().withDefaultRegion("BE");
            DuplicateReport sweep = crm.duplicates().find(ContactFilter.activeContacts().ofType(ContactType.PERSON),
                    criteria);
            List<DuplicatePair> likely = crm.duplicates().duplicatesOf(copy.id(), criteria); // best first
            for (DuplicatePair pair : likely) {
                Contact other = crm.contacts().get(ContactId.of(pair.second().value())); // ids are contact ids
                System.out.println(other.profile().displayName() + ": " + pair.evidence().explain());
            }

            assertThat(sweep.pairs()).singleElement().satisfies(pair -> assertThat(Set.of(pair.first(),
                    pair.second())).containsExactlyInAnyOrder(MatchRecordId.of(ann.id().toString()),
                    MatchRecordId.of(copy.id().toString())));
            assertThat(likely).singleElement().satisfies(pair -> {
                assertThat(pair.first()).isEqualTo(MatchRecordId.of(copy.id().toString()));
                assertThat(pair.evidence().strongKeys()).containsExactly(MatchField.PHONE);
            });
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly("Ann Smith: duplicate: score"
                + " 11.4 >= 6.0; strong key PHONE; FIRST_NAME 0.88 (+2.4), LAST_NAME 1.00 (+4.0), EMAIL 0.00 (-1.0),"
                + " PHONE 1.00 (+6.0)");
        assertThat(DuplicateService.recordOf(ann).phones()).containsExactly("+32470123456");
    }

    @Test
    @DisplayName("a sweep hands each pair to the caller and returns the clusters")
    void sweep() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        List<String> handed;
        try {
            List<String> review = new ArrayList<>(); // e.g. rows of the host's review table
            DuplicateSweep swept = crm.duplicates().sweep(ContactFilter.activeContacts().ofType(ContactType.PERSON),
                    DuplicateCriteria.persons().withDefaultRegion("BE"),
                    pair -> review.add(pair.first() + " ~ " + pair.second() + " " + pair.score()));
            System.out.println(swept.pairs() + " pairs in " + swept.clusters().size() + " clusters, "
                    + swept.comparisons() + " comparisons");
            handed = review;
        } finally {
            System.setOut(console);
        }
        DuplicateReport report = crm.duplicates().find(ContactFilter.activeContacts().ofType(ContactType.PERSON),
                DuplicateCriteria.persons().withDefaultRegion("BE"));
        assertThat(handed).containsExactlyElementsOf(report.pairs().stream()
                .map(pair -> pair.first() + " ~ " + pair.second() + " " + pair.score()).toList()).hasSize(1);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "1 pairs in 1 clusters, " + report.comparisons() + " comparisons");
    }

    @Test
    @DisplayName("any record is checked against the stored contacts of one type")
    void anyRecord() {
        DuplicateCriteria criteria = DuplicateCriteria.persons().withDefaultRegion("BE");
        MatchRecord typedIn = MatchRecord.person(MatchRecordId.of("form-17"), "Anne", "Smith")
                .withPhones("0470 12 34 56");
        List<DuplicatePair> known = crm.duplicates().duplicatesOf(typedIn, ContactType.PERSON, criteria);

        assertThat(known).extracting(DuplicatePair::second).containsExactlyInAnyOrder(
                MatchRecordId.of(ann.id().toString()), MatchRecordId.of(copy.id().toString()));
        assertThat(known).allSatisfy(pair -> assertThat(pair.first()).isEqualTo(MatchRecordId.of("form-17")));
    }

    @Test
    @DisplayName("a merge is previewed, then merges with the versions previewed; the old id resolves to the one kept")
    void merge() {
        Pipeline sales = aPipeline().named("Sales").withStages("New", "Offer").createIn(crm);
        Deal rollout = crm.deals().open(OpenDeal.in(sales.id(), "Globex rollout").with(globex.id(), copy.id()));
        crm.interactions().log(LogInteraction.call(copy.id(), "Met at the trade fair"));
        crm.contacts().linkToCompany(copy.id(), globex.id(), "Buyer");
        fixture.hostRecords().invoices(copy.id().value(), 2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            MergePreview preview = crm.merges().preview(copy.id(), ann.id()); // copy merges into ann
            for (FieldConflict conflict : preview.conflicts()) {
                System.out.println(conflict.field() + ": " + conflict.targetValue() + " (kept) or "
                        + conflict.sourceValue());
            }
            System.out.println(new EnumMap<>(preview.moves()) + ", host: " + preview.hostRecords());
        } finally {
            System.setOut(console);
        }

        Contact source = crm.contacts().get(copy.id());
        Contact target = crm.contacts().get(ann.id());
        Contact kept = crm.merges().merge(MergeContacts.of(copy.id(), ann.id())
                .takingFromSource(MergeField.INDUSTRY) // "Retail"; the first name stays "Ann"
                .expectingVersions(source.version(), target.version())); // as previewed, or stale-version
        Contact found = crm.merges().resolve(copy.id()); // Ann: the copy's old id still finds her

        assertThat(found.id()).isEqualTo(ann.id());
        assertThat(kept.profile().firstName()).isEqualTo("Ann");
        assertThat(kept.profile().industry()).isEqualTo("Retail");
        assertThat(kept.profile().website()).isEqualTo("https://ann.example");
        assertThat(kept.tags()).containsExactly(vip.id());
        assertThat(kept.profile().phones()).hasSize(1);
        assertThat(kept.profile().emails()).hasSize(2);
        assertThat(crm.deals().get(rollout.id()).terms().customer()).isEqualTo(ann.id());
        assertThat(crm.contacts().employees(globex.id())).extracting(Contact::id).containsExactly(ann.id());
        assertThat(fixture.hostRecords().invoicesOf(ann.id().value())).isEqualTo(2);
        assertThatCrmError(() -> crm.contacts().get(copy.id())).isA(NotFoundException.class)
                .hasCode("contact.not-found");
        assertThat(fixture.events().eventsOf(ContactsMerged.class)).singleElement()
                .satisfies(e -> assertThat(e.moved()).containsEntry(LinkedKind.DEALS, 1L));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "FIRST_NAME: Ann (kept) or Anne",
                "INDUSTRY: Wholesale (kept) or Retail",
                "{DEALS=1, INTERACTIONS=1, COMPANY_LINKS=1, TAGS=1, EMAILS=1}, host: [LinkedRecords[kind=invoice,"
                        + " count=2]]");

        List<TimelineItem> history = crm.timeline().page(TimelineQuery.of(RecordRef.of(ann.id()))).items();
        assertThat(history).filteredOn(item -> item.kind() == TimelineKind.MERGE).singleElement()
                .satisfies(item -> assertThat(item.attributes()).containsEntry("to", copy.id().toString()));
        assertThat(history).as("the copy's own history, on Ann's timeline")
                .anySatisfy(item -> assertThat(item.subject()).isEqualTo(RecordRef.of(copy.id())))
                .anySatisfy(item -> assertThat(item.title()).isEqualTo("Call: Met at the trade fair"));
    }

    @Test
    @DisplayName("two leads are previewed and merged; the deals opened from both stay with the lead kept")
    void leads() {
        Pipeline sales = aPipeline().named("Sales").withStages("New", "Offer").createIn(crm);
        Lead fairLead = crm.leads().create(LeadInput.titled("Globex at the fair")
                .contact("Ann Smith", "ann.smith@globex.example", null).worth(Money.of("5000", "EUR"))).lead();
        Lead webLead = crm.leads().create(LeadInput.titled("Globex rollout").company("Globex")
                .worth(Money.of("8000", "EUR"))).lead();
        Deal pilot = crm.leads().createOpportunity(fairLead.id(), DealDraft.in(sales.id()));
        crm.leads().create(LeadInput.titled("Ann again").contact("Smith Ann", null, "+32 470 12 34 56"));

        DuplicateReport leadReport = crm.leadDuplicates().find(LeadFilter.allLeads(), DuplicateCriteria.persons());
        assertThat(leadReport.pairs()).hasSize(1);

        LeadMergePreview leadPreview = crm.leadMerges().preview(fairLead.id(), webLead.id());
        Lead keptLead = crm.leadMerges().merge(MergeLeads.of(fairLead.id(), webLead.id())
                .takingFromSource(LeadMergeField.VALUE)); // the fair's estimate; the web form's title stays
        Lead foundLead = crm.leadMerges().resolve(fairLead.id()); // the web lead

        assertThat(leadPreview.conflicts()).extracting(LeadFieldConflict::field)
                .containsExactly(LeadMergeField.TITLE, LeadMergeField.VALUE);
        assertThat(leadPreview.moves()).containsExactly(Map.entry(LinkedKind.DEALS, 1L));
        assertThat(keptLead.details().title()).isEqualTo("Globex rollout");
        assertThat(keptLead.details().value()).isEqualTo(Money.of("5000", "EUR"));
        assertThat(keptLead.details().email().value()).isEqualTo("ann.smith@globex.example");
        assertThat(keptLead.opportunities()).containsExactly(pilot.id());
        assertThat(foundLead.id()).isEqualTo(webLead.id());
        assertThatCrmError(() -> crm.leads().get(fairLead.id())).isA(NotFoundException.class)
                .hasCode("lead.not-found");
        assertThat(fixture.events().eventsOf(LeadsMerged.class)).singleElement()
                .satisfies(e -> assertThat(e.moved()).containsEntry(LinkedKind.DEALS, 1L));
    }

    @Test
    @DisplayName("a merge is refused for one contact, a person and a company, and a contact changed since the preview")
    void refused() {
        long copyVersion = crm.contacts().get(copy.id()).version();
        long annVersion = crm.contacts().get(ann.id()).version();
        crm.contacts().rate(ann.id(), 2);

        assertThatCrmError(() -> crm.merges().preview(ann.id(), ann.id())).isA(ValidationException.class)
                .hasViolation("target", "merge.same-contact");
        assertThatCrmError(() -> crm.merges().preview(ann.id(), globex.id())).isA(RuleViolationException.class)
                .hasCode("merge.type-mismatch");
        assertThatCrmError(() -> crm.merges().merge(MergeContacts.of(copy.id(), ann.id())
                .expectingVersions(copyVersion, annVersion))).isA(ConflictException.class).hasCode("stale-version");
        assertThatCrmError(() -> crm.merges().resolve(new ContactId(UUID.randomUUID())))
                .isA(NotFoundException.class).hasCode("contact.not-found");
        assertThat(crm.contacts().get(copy.id()).version()).isEqualTo(copyVersion);
    }

    @Test
    @DisplayName("the ERP's invoices follow a merged customer through a MergeParticipant")
    void participant() throws SQLException {
        DataSource erpDataSource = erpWithInvoices();
        CrmStore store = new InMemoryCrmStore();
        ExecutionContext context = ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice"));

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .mergeParticipant(new InvoiceMerge(erpDataSource))
                .build();

        Contact initech = crm.contacts().create(ContactInput.company("Initech").email("info@initech.example").build());
        Contact again = crm.contacts().create(ContactInput.company("Initech Ltd").email("ap@initech.example").build());
        invoice(erpDataSource, "acme", "2026-0041", again.id());
        invoice(erpDataSource, "acme", "2026-0042", again.id());
        invoice(erpDataSource, "other", "2026-0043", again.id());

        assertThat(crm.merges().preview(again.id(), initech.id()).hostRecords())
                .containsExactly(new LinkedRecords("invoice", 2));
        crm.merges().merge(MergeContacts.of(again.id(), initech.id()));
        assertThat(customersOfInvoices(erpDataSource)).containsExactly(
                tuple("2026-0041", initech.id().value()), tuple("2026-0042", initech.id().value()),
                tuple("2026-0043", again.id().value()));
    }

    private static DataSource erpWithInvoices() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:erp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create table invoice (number varchar(20) primary key,"
                    + " tenant varchar(64) not null, customer_id uuid not null)");
        }
        return dataSource;
    }

    private static void invoice(DataSource erp, String tenant, String number, ContactId customer)
            throws SQLException {
        try (Connection connection = erp.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into invoice values (?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, tenant);
            insert.setObject(3, customer.value());
            insert.executeUpdate();
        }
    }

    private static List<org.assertj.core.groups.Tuple> customersOfInvoices(DataSource erp) throws SQLException {
        List<org.assertj.core.groups.Tuple> rows = new java.util.ArrayList<>();
        try (Connection connection = erp.getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "select number, customer_id from invoice order by number")) {
            while (result.next()) {
                rows.add(tuple(result.getString(1), result.getObject(2, UUID.class)));
            }
        }
        return rows;
    }
}
