package org.embedcrm.testkit;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.embedcrm.core.Crm;
import org.embedcrm.core.port.Authorization;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.scoring.ContractValueSource;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;

/**
 * A {@link Crm} wired for a test: a settable clock, a recording listener, a switchable context on a fresh random
 * tenant (so tests sharing a database never see each other's records), Belgian phone numbers as the default
 * region, and the store given.
 *
 * <pre>{@code
 * CrmFixture fixture = CrmFixture.inMemory();
 * Pipeline sales = aPipeline().createIn(fixture.crm());
 * fixture.clock().advance(Duration.ofDays(1));
 * }</pre>
 */
public final class CrmFixture {

    private final CrmStore store;
    private final SettableClock clock = SettableClock.startingMonday();
    private final RecordingEventListener events = new RecordingEventListener();
    private final RecordingNotifier notifications = new RecordingNotifier();
    private final StubTimelineContributor hostTimeline = new StubTimelineContributor();
    private final StubParticipantLookup peppol = new StubParticipantLookup(clock);
    private final RecordingMergeParticipant hostRecords = new RecordingMergeParticipant();
    private final StubHealthSources healthSources = new StubHealthSources();
    private final SwitchableContext context;
    private final Crm crm;

    private CrmFixture(CrmStore store, Authorization authorization) {
        this.store = Objects.requireNonNull(store, "store");
        this.context = new SwitchableContext(freshTenant(), UserRef.of("alice"));
        this.crm = Crm.builder().store(store).context(context).clock(clock).authorization(authorization)
                .listener(events).notifier(notifications).timelineContributor(hostTimeline).phoneRegion("BE")
                .discoverPlugins(false).plugin(new StubPlugin<>("stub-peppol", ParticipantLookup.class, peppol))
                .mergeParticipant(hostRecords)
                .plugin(new StubPlugin<>("stub-payments", PaymentHistorySource.class, healthSources))
                .plugin(new StubPlugin<>("stub-contracts", ContractValueSource.class, healthSources))
                .plugin(new StubPlugin<>("stub-tickets", SupportTicketSource.class, healthSources))
                .build();
    }

    /** @return a fixture over a new in-memory store */
    public static CrmFixture inMemory() {
        return on(new InMemoryCrmStore());
    }

    /**
     * @param store the store under test; never null
     * @return a fixture over that store, on a fresh tenant, allowing everything
     */
    public static CrmFixture on(CrmStore store) {
        return new CrmFixture(store, Authorization.allowAll());
    }

    /**
     * @param store         the store under test; never null
     * @param authorization the permissions to apply; never null
     * @return a fixture over that store, on a fresh tenant
     */
    public static CrmFixture on(CrmStore store, Authorization authorization) {
        return new CrmFixture(store, authorization);
    }

    /** @return a tenant key no other test uses */
    public static TenantId freshTenant() {
        return TenantId.of("t-" + UUID.randomUUID());
    }

    /** @return the wired CRM */
    public Crm crm() {
        return crm;
    }

    /** @return the store the CRM writes to */
    public CrmStore store() {
        return store;
    }

    /** @return the clock the CRM reads */
    public SettableClock clock() {
        return clock;
    }

    /** @return every event published after commit */
    public RecordingEventListener events() {
        return events;
    }

    /** @return every notification sent after commit */
    public RecordingNotifier notifications() {
        return notifications;
    }

    /** @return the host records every timeline shows; add entries to see them merged in */
    public StubTimelineContributor hostTimeline() {
        return hostTimeline;
    }

    /** @return the PEPPOL network the CRM's e-invoicing checks ask; register participants on it */
    public StubParticipantLookup peppol() {
        return peppol;
    }

    /** @return the host's records that follow merged contacts */
    public RecordingMergeParticipant hostRecords() {
        return hostRecords;
    }

    /** @return the host's payment, contract and ticket figures the health score reads */
    public StubHealthSources healthSources() {
        return healthSources;
    }

    /** @return the tenant and actor the CRM acts for; switch them to test isolation and authorship */
    public SwitchableContext context() {
        return context;
    }

    /** @return the current tenant */
    public TenantId tenant() {
        return context.tenant();
    }

    /**
     * @param work work on the store's ports
     * @param <T>  its result
     * @return its result, after commit
     */
    public <T> T inTransaction(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }
}
