package org.embedcrm.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.embedcrm.core.deal.DealService;
import org.embedcrm.core.deal.LostReasonService;
import org.embedcrm.core.deal.PipelineService;
import org.embedcrm.core.event.DomainEventListener;
import org.embedcrm.core.internal.AfterCommitEventPublisher;
import org.embedcrm.core.internal.CommandValidator;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.internal.TimeOrderedIds;
import org.embedcrm.core.port.Authorization;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.EventPublisher;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.port.IdGenerator;

/**
 * The one entry point of EmbedCRM: a host builds it once with {@link #builder()} and calls its services.
 * Thread-safe; plain Java, no container needed.
 *
 * <pre>{@code
 * Crm crm = Crm.builder()
 *         .store(JpaCrmStore.standalone(dataSource))
 *         .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
 *         .build();
 * Pipeline sales = crm.pipelines().create(CreatePipeline.named("Sales"));
 * }</pre>
 */
public final class Crm {

    private final PipelineService pipelines;
    private final DealService deals;
    private final LostReasonService lostReasons;

    private Crm(Builder builder) {
        CrmStore store = Objects.requireNonNull(builder.store, "a Crm needs a store (in-memory or JPA)");
        ExecutionContext context = Objects.requireNonNull(builder.context,
                "a Crm needs an ExecutionContext telling the current tenant and actor");
        Clock clock = builder.clock;
        IdGenerator ids = builder.ids != null ? builder.ids : new TimeOrderedIds(clock);
        EventPublisher events = builder.events != null ? builder.events
                : new AfterCommitEventPublisher(store.transactions(), builder.listeners);
        ServiceContext ctx = new ServiceContext(store.transactions(), context, clock, ids, builder.authorization,
                events, CommandValidator.withDefaultProvider());
        this.pipelines = new PipelineService(ctx, store.pipelines(), store.deals());
        this.deals = new DealService(ctx, store.pipelines(), store.deals(), store.lostReasons());
        this.lostReasons = new LostReasonService(ctx, store.lostReasons());
    }

    /** @return a builder for a Crm; a store and an execution context are required, the rest has defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return pipelines and their stages */
    public PipelineService pipelines() {
        return pipelines;
    }

    /** @return deals, their moves and the board */
    public DealService deals() {
        return deals;
    }

    /** @return the configurable lost reasons */
    public LostReasonService lostReasons() {
        return lostReasons;
    }

    /** Wires a {@link Crm}. Not thread-safe; build once at start-up. */
    public static final class Builder {

        private CrmStore store;
        private ExecutionContext context;
        private Clock clock = Clock.systemDefaultZone();
        private IdGenerator ids;
        private Authorization authorization = Authorization.allowAll();
        private EventPublisher events;
        private final List<DomainEventListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param value where records are kept (required): {@code JpaCrmStore} or the testkit's in-memory store
         * @return this builder
         */
        public Builder store(CrmStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * @param value tells the current tenant and actor (required)
         * @return this builder
         */
        public Builder context(ExecutionContext value) {
            this.context = Objects.requireNonNull(value, "context");
            return this;
        }

        /**
         * @param value the clock for timestamps and "today" (default: the system clock in the default zone)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the id generator (default: time-ordered UUIDs, version 7)
         * @return this builder
         */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * @param value decides permissions (default: allow everything)
         * @return this builder
         */
        public Builder authorization(Authorization value) {
            this.authorization = Objects.requireNonNull(value, "authorization");
            return this;
        }

        /**
         * @param value receives domain events after commit; may be called several times
         * @return this builder
         */
        public Builder listener(DomainEventListener value) {
            this.listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * @param value replaces the default after-commit delivery (e.g. with a transactional outbox); listeners
         *              registered with {@link #listener} are then not used
         * @return this builder
         */
        public Builder eventPublisher(EventPublisher value) {
            this.events = Objects.requireNonNull(value, "eventPublisher");
            return this;
        }

        /** @return the wired Crm */
        public Crm build() {
            return new Crm(this);
        }
    }
}
