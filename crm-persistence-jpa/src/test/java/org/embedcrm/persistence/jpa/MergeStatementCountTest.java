package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.persistence.jpa.Records.ALICE;
import static org.embedcrm.persistence.jpa.Records.MONDAY;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityPriority;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.DealTerms;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.merge.ContactsMerged;
import org.embedcrm.core.merge.LeadsMerged;
import org.embedcrm.core.merge.MergeLeads;
import org.embedcrm.core.merge.LinkedKind;
import org.embedcrm.core.merge.MergeContacts;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the SQL statements a contact or lead merge costs on H2")
class MergeStatementCountTest {

    private static final StatementCounter statements = new StatementCounter();
    private static final int SEEDED_PER_TRANSACTION = 500;

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2)
            .with("hibernate.session_factory.statement_inspector", statements);

    @Test
    @DisplayName("merging a contact with 10,000 linked deals, interactions and activities costs as many statements as"
            + " merging one with 10: every kind moves in one update, whatever its number of rows")
    void setBased() {
        List<String> withTen = merge(10);
        List<String> withTenThousand = merge(10_000);

        System.out.println("contact merge: " + withTen.size() + " statements (10 linked rows), "
                + withTenThousand.size() + " statements (10,000 linked rows) " + withTen);
        assertThat(withTenThousand).isEqualTo(withTen);
    }

    @Test
    @DisplayName("merging a lead with 10,000 interactions and activities costs as many statements as merging one"
            + " with 10")
    void leadsSetBased() {
        List<String> withTen = mergeLeads(10);
        List<String> withTenThousand = mergeLeads(10_000);

        System.out.println("lead merge: " + withTen.size() + " statements (10 linked rows), "
                + withTenThousand.size() + " statements (10,000 linked rows) " + withTen);
        assertThat(withTenThousand).isEqualTo(withTen);
    }

    /** @return the kinds of statements of a merge of a lead with that many interactions and activities */
    private static List<String> mergeLeads(int linkedRows) {
        CrmFixture fixture = CrmFixture.on(store.get());
        Crm crm = fixture.crm();
        TenantId tenant = fixture.tenant();
        Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith")
                .email("ann." + UUID.randomUUID() + "@example.org").build());
        Lead source = crm.leads().create(LeadInput.titled("Globex pilot")
                .contact("Ann Smith", "ann." + UUID.randomUUID() + "@globex.example", null)).lead();
        Lead target = crm.leads().create(LeadInput.titled("Globex rollout")).lead();
        Pipeline pipeline = fixture.inTransaction(() -> store.get().pipelines().add(Records.pipeline(tenant,
                "Sales " + UUID.randomUUID(), Records.stage("New"))));
        crm.leads().createOpportunity(source.id(), DealDraft.in(pipeline.id()));
        int activities = linkedRows * 3 / 10;
        int interactions = linkedRows - activities;
        seed(fixture, interactions, i -> store.get().interactions().add(new Interaction(
                new InteractionId(UUID.randomUUID()), tenant, InteractionKind.CALL, ann.id(), null, source.id(),
                "Call", null, MONDAY, ALICE, Set.of(), null, null, null, null, MONDAY)));
        seed(fixture, activities, i -> store.get().activities().add(new Activity(new ActivityId(UUID.randomUUID()),
                tenant, 0, ActivityKind.TASK, null, "Task", null, MONDAY, MONDAY, null, ALICE, Set.of(), Set.of(),
                ActivityStatus.OPEN, ActivityPriority.NORMAL, null, source.id(), null, List.of(), MONDAY, ALICE,
                MONDAY)));
        long sourceVersion = crm.leads().get(source.id()).version();
        long targetVersion = crm.leads().get(target.id()).version();

        statements.reset();
        crm.leadMerges().merge(MergeLeads.of(source.id(), target.id()).expectingVersions(sourceVersion,
                targetVersion));
        List<String> kinds = statements.kinds();

        assertThat(fixture.events().eventsOf(LeadsMerged.class)).singleElement()
                .satisfies(merged -> assertThat(merged.moved()).containsEntry(LinkedKind.DEALS, 1L)
                        .containsEntry(LinkedKind.INTERACTIONS, (long) interactions)
                        .containsEntry(LinkedKind.ACTIVITIES, (long) activities));
        assertThat(fixture.inTransaction(() -> store.get().activities().count(tenant, RecordRef.of(target.id()))))
                .isEqualTo(activities);
        return kinds;
    }

    /** @return the kinds of statements of a merge of a source with that many deals, interactions and activities */
    private static List<String> merge(int linkedRows) {
        CrmFixture fixture = CrmFixture.on(store.get());
        Crm crm = fixture.crm();
        TenantId tenant = fixture.tenant();
        Contact globex = crm.contacts().create(aCompany().build());
        Contact source = crm.contacts().create(ContactInput.person("Ann", "Smith")
                .email("ann." + UUID.randomUUID() + "@example.org").industry("Retail").build());
        Contact target = crm.contacts().create(ContactInput.person("Anne", "Smith")
                .email("anne." + UUID.randomUUID() + "@example.org").build());
        crm.contacts().linkToCompany(source.id(), globex.id(), "Buyer");
        Pipeline pipeline = fixture.inTransaction(() -> store.get().pipelines().add(Records.pipeline(tenant,
                "Sales " + UUID.randomUUID(), Records.stage("New"))));
        int deals = linkedRows / 5;
        int activities = linkedRows * 3 / 10;
        int interactions = linkedRows - deals - activities;
        seed(fixture, deals, i -> store.get().deals().add(deal(pipeline, source.id(), i)));
        seed(fixture, interactions, i -> store.get().interactions().add(call(tenant, source.id())));
        seed(fixture, activities, i -> store.get().activities().add(task(tenant, source.id())));
        long sourceVersion = crm.contacts().get(source.id()).version();
        long targetVersion = crm.contacts().get(target.id()).version();

        statements.reset();
        crm.merges().merge(MergeContacts.of(source.id(), target.id()).expectingVersions(sourceVersion,
                targetVersion));
        List<String> kinds = statements.kinds();

        assertThat(fixture.events().eventsOf(ContactsMerged.class)).singleElement()
                .satisfies(merged -> assertThat(merged.moved()).containsEntry(LinkedKind.DEALS, (long) deals)
                        .containsEntry(LinkedKind.INTERACTIONS, (long) interactions)
                        .containsEntry(LinkedKind.ACTIVITIES, (long) activities));
        assertThat(fixture.inTransaction(() -> store.get().interactions().count(tenant, RecordRef.of(target.id()))))
                .isEqualTo(interactions);
        assertThat(fixture.inTransaction(() -> store.get().deals().countForContact(tenant, target.id())))
                .isEqualTo(deals);
        return kinds;
    }

    /** Adds the rows in transactions of a few hundred, so that no persistence context grows to thousands. */
    private static void seed(CrmFixture fixture, int count, IntFunction<Object> add) {
        for (int from = 0; from < count; from += SEEDED_PER_TRANSACTION) {
            int start = from;
            fixture.inTransaction(() -> {
                for (int i = start; i < Math.min(count, start + SEEDED_PER_TRANSACTION); i++) {
                    add.apply(i);
                }
                return null;
            });
        }
    }

    private static Deal deal(Pipeline pipeline, ContactId customer, int i) {
        return Deal.restore(new Deal.Snapshot(new DealId(UUID.randomUUID()), pipeline.tenant(), 0,
                new DealTerms("Deal " + i, null, null, null, null, null, customer, null), pipeline.id(),
                pipeline.stages().get(0).id(), null, null, null, MONDAY, ALICE, MONDAY));
    }

    private static Interaction call(TenantId tenant, ContactId contact) {
        return new Interaction(new InteractionId(UUID.randomUUID()), tenant, InteractionKind.CALL, contact, null, null,
                "Call", null, MONDAY, ALICE, Set.of(), null, null, null, null, MONDAY);
    }

    private static Activity task(TenantId tenant, ContactId contact) {
        return new Activity(new ActivityId(UUID.randomUUID()), tenant, 0, ActivityKind.TASK, null, "Task", null,
                MONDAY.plus(Duration.ofDays(1)), MONDAY.plus(Duration.ofDays(1)), null, ALICE, Set.of(), Set.of(),
                ActivityStatus.OPEN, ActivityPriority.NORMAL, contact, null, null, List.of(), MONDAY, ALICE,
                MONDAY);
    }
}
