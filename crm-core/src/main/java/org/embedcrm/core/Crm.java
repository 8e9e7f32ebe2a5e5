package org.embedcrm.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.embedcrm.core.activity.ActivityCategoryService;
import org.embedcrm.core.audience.AudienceService;
import org.embedcrm.core.activity.ActivityPorts;
import org.embedcrm.core.activity.ActivityService;
import org.embedcrm.core.activity.InteractionService;
import org.embedcrm.core.activity.ReminderService;
import org.embedcrm.core.activity.TimelineService;
import org.embedcrm.core.deal.DealService;
import org.embedcrm.core.einvoicing.EInvoicingService;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.internal.Plugins;
import org.embedcrm.core.internal.audit.AuditLog;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.merge.ContactMergeService;
import org.embedcrm.core.merge.LeadDuplicateService;
import org.embedcrm.core.merge.LeadMergeService;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.MergePorts;
import org.embedcrm.core.report.DashboardService;
import org.embedcrm.core.report.ObjectiveService;
import org.embedcrm.core.scoring.HealthService;
import org.embedcrm.core.scoring.HealthSources;
import org.embedcrm.core.outbox.OutboxService;
import org.embedcrm.core.outbox.RetryPolicy;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.merge.MergeParticipant;
import org.embedcrm.spi.scoring.ContractValueSource;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;
import org.embedcrm.spi.plugin.PluginFactory;
import org.embedcrm.spi.timeline.TimelineContributor;
import org.embedcrm.core.deal.LostReasonService;
import org.embedcrm.core.deal.PipelineService;
import org.embedcrm.core.event.DomainEventListener;
import org.embedcrm.core.internal.AfterCommitEventPublisher;
import org.embedcrm.core.internal.LinkedCrmRecords;
import org.embedcrm.core.internal.Notifications;
import org.embedcrm.core.lead.LeadPorts;
import org.embedcrm.core.lead.LeadService;
import org.embedcrm.core.lead.LeadSettingsService;
import org.embedcrm.core.internal.CommandValidator;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.internal.TimeOrderedIds;
import org.embedcrm.core.port.Authorization;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.EventPublisher;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.party.ContactService;
import org.embedcrm.core.party.ContactSettingsService;
import org.embedcrm.core.party.CustomerGroupService;
import org.embedcrm.core.party.RelationshipService;
import org.embedcrm.core.port.IdGenerator;
import org.embedcrm.core.preference.PreferenceService;
import org.embedcrm.spi.notification.Notifier;
import org.embedcrm.spi.party.LinkedRecordsProbe;

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
public final class Crm implements AutoCloseable {

    /** The extension points a plugin factory may offer a provider for. */
    private static final Set<Class<?>> PROVIDER_TYPES = Set.of(Notifier.class, LinkedRecordsProbe.class,
            TimelineContributor.class, AudienceSync.class, ParticipantLookup.class, MergeParticipant.class,
            PaymentHistorySource.class, ContractValueSource.class, SupportTicketSource.class);

    private final PipelineService pipelines;
    private final DealService deals;
    private final LostReasonService lostReasons;
    private final ContactService contacts;
    private final ContactSettingsService contactSettings;
    private final CustomerGroupService customerGroups;
    private final RelationshipService relationships;
    private final LeadService leads;
    private final LeadSettingsService leadSettings;
    private final ActivityService activities;
    private final ActivityCategoryService activityCategories;
    private final InteractionService interactions;
    private final ReminderService reminders;
    private final TimelineService timeline;
    private final OutboxService outbox;
    private final AudienceService audience;
    private final EInvoicingService einvoicing;
    private final ContactMergeService merges;
    private final LeadMergeService leadMerges;
    private final LeadDuplicateService leadDuplicates;
    private final DuplicateService duplicates;
    private final DashboardService reports;
    private final ObjectiveService objectives;
    private final HealthService health;
    private final PreferenceService preferences;
    private final Plugins plugins;

    private Crm(Builder builder) {
        CrmStore store = Objects.requireNonNull(builder.store, "a Crm needs a store (in-memory or JPA)");
        ExecutionContext context = Objects.requireNonNull(builder.context,
                "a Crm needs an ExecutionContext telling the current tenant and actor");
        Clock clock = builder.clock;
        IdGenerator ids = builder.ids != null ? builder.ids : new TimeOrderedIds(clock);
        EventPublisher events = builder.events != null ? builder.events
                : new AfterCommitEventPublisher(store.transactions(), builder.listeners);
        this.plugins = new Plugins(builder.plugins, builder.settings, clock, builder.discoverPlugins,
                PROVIDER_TYPES);
        AuditLog audit = new AuditLog(store.auditTrail(), context, clock, ids);
        ServiceContext ctx = new ServiceContext(audit.changeSets(store.transactions()), context, clock, ids,
                builder.authorization, events, CommandValidator.withDefaultProvider());
        this.audience = new AudienceService(ctx, store.contacts(), store.tags(),
                plugins.providers(AudienceSync.class));
        Pipelines pipelinePort = audit.pipelines(store.pipelines());
        Deals dealPort = audit.deals(store.deals());
        Contacts contactPort = audience.observe(audit.contacts(store.contacts()));
        Leads leadPort = audit.leads(store.leads());
        this.outbox = new OutboxService(ctx, store.outbox(), List.of(
                Notifications.handler(with(builder.notifiers, plugins.providers(Notifier.class))),
                audience.handler()), builder.retryPolicy);
        audience.writeTo(outbox);
        Notifications notifications = new Notifications(outbox);
        this.pipelines = new PipelineService(ctx, pipelinePort, dealPort);
        this.deals = new DealService(ctx, pipelinePort, dealPort, store.lostReasons(), contactPort);
        this.lostReasons = new LostReasonService(ctx, store.lostReasons());
        List<LinkedRecordsProbe> probes = with(List.of(new LinkedCrmRecords(dealPort, leadPort, store.interactions(), store.activities())),
                with(builder.probes, plugins.providers(LinkedRecordsProbe.class)));
        this.contacts = new ContactService(ctx, contactPort, store.tags(), store.contactStatuses(),
                store.customerGroups(), store.relationships(), probes, builder.phoneRegion);
        this.contactSettings = new ContactSettingsService(ctx, store.tags(), store.contactStatuses(),
                store.relationships(), contactPort);
        this.customerGroups = new CustomerGroupService(ctx, store.customerGroups(), contactPort);
        this.relationships = new RelationshipService(ctx, store.relationships(), contactPort);
        LeadPorts leadPorts = new LeadPorts(leadPort, store.leadStatuses(), store.leadSources());
        this.leads = new LeadService(ctx, leadPorts, store.lostReasons(), contactPort, contacts, deals,
                notifications, builder.phoneRegion);
        this.leadSettings = new LeadSettingsService(ctx, store.leadStatuses(), store.leadSources(), leadPort);
        ActivityPorts activityPorts = new ActivityPorts(store.interactions(), store.activities(), store.reminders(),
                store.activityCategories(), store.auditTrail());
        this.activities = new ActivityService(ctx, activityPorts, contactPort, leadPort, dealPort);
        this.activityCategories = new ActivityCategoryService(ctx, store.activityCategories());
        this.interactions = new InteractionService(ctx, activityPorts, contactPort, leadPort, dealPort, activities);
        this.reminders = new ReminderService(ctx, activityPorts, notifications);
        this.einvoicing = new EInvoicingService(ctx, store.contacts(), store.peppolStatuses(),
                plugins.providers(ParticipantLookup.class));
        this.preferences = new PreferenceService(ctx, store.preferences());
        this.timeline = new TimelineService(ctx, activityPorts, contactPort, store.tombstones(), store.preferences(),
                with(builder.contributors, plugins.providers(TimelineContributor.class)));
        this.reports = new DashboardService(ctx, store.reports(), store.contacts(), store.leads(), store.activities(),
                store.deals(), store.pipelines());
        this.objectives = new ObjectiveService(ctx, store.teams(), store.objectives(), store.reports());
        this.health = new HealthService(ctx, store.contacts(), store.healthScores(), new HealthSources(
                plugins.providers(PaymentHistorySource.class), plugins.providers(ContractValueSource.class),
                plugins.providers(SupportTicketSource.class)));
        this.duplicates = new DuplicateService(ctx, store.contacts(), store.contactCandidates());
        MergePorts mergePorts = new MergePorts(contactPort, dealPort, leadPort, store.interactions(),
                store.activities(), store.relationships(), store.peppolStatuses(), store.tombstones(),
                store.healthScores());
        this.merges = new ContactMergeService(ctx, mergePorts, contacts, audit,
                with(builder.mergeParticipants, plugins.providers(MergeParticipant.class)));
        this.leadMerges = new LeadMergeService(ctx, mergePorts, leads, audit);
        this.leadDuplicates = new LeadDuplicateService(ctx, leadPort, duplicates);
    }

    private static <T> List<T> with(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
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

    /** @return contacts: persons and companies, their links, the contact board and the contact list */
    public ContactService contacts() {
        return contacts;
    }

    /** @return tags, contact statuses and relationship types */
    public ContactSettingsService contactSettings() {
        return contactSettings;
    }

    /** @return customer groups */
    public CustomerGroupService customerGroups() {
        return customerGroups;
    }

    /** @return typed relationships between contacts */
    public RelationshipService relationships() {
        return relationships;
    }

    /** @return leads: creation, assignment, the lead board and list, losing and conversion */
    public LeadService leads() {
        return leads;
    }

    /** @return lead statuses and lead sources */
    public LeadSettingsService leadSettings() {
        return leadSettings;
    }

    /** @return calls, meetings, tasks and other activities, the calendar and task lists */
    public ActivityService activities() {
        return activities;
    }

    /** @return the tenant's activity categories */
    public ActivityCategoryService activityCategories() {
        return activityCategories;
    }

    /** @return calls, meetings, e-mails and notes logged against contacts */
    public InteractionService interactions() {
        return interactions;
    }

    /** @return the dispatch of due activity reminders, for the host's scheduler */
    public ReminderService reminders() {
        return reminders;
    }

    /** @return the timeline of a contact, lead or deal, and the audit trail of any record */
    public TimelineService timeline() {
        return timeline;
    }

    /** @return the outbox: delivery of notifications and plugin calls after commit, retries and dead letters */
    public OutboxService outbox() {
        return outbox;
    }

    /** @return marketing audience sync with the audience plugins (e.g. Mailchimp) */
    public AudienceService audience() {
        return audience;
    }

    /** @return PEPPOL registration checks of contacts, through the lookup plugin (e.g. crm-plugin-peppol) */
    public EInvoicingService einvoicing() {
        return einvoicing;
    }

    /** @return finding duplicate contacts, among all or for one */
    public DuplicateService duplicates() {
        return duplicates;
    }

    /** @return merging duplicate contacts, with a preview, and resolving the ids of merged contacts */
    public ContactMergeService merges() {
        return merges;
    }

    /** @return finding duplicate leads, among all or for one */
    public LeadDuplicateService leadDuplicates() {
        return leadDuplicates;
    }

    /** @return the preview and merge of duplicate leads, and {@code resolve} for ids of merged leads */
    public LeadMergeService leadMerges() {
        return leadMerges;
    }

    /** @return the dashboard, win rate, time in stage and deal attention levels */
    public DashboardService reports() {
        return reports;
    }

    /** @return teams, objectives and their progress */
    public ObjectiveService objectives() {
        return objectives;
    }

    /** @return customers' health scores */
    public HealthService health() {
        return health;
    }

    /** @return the tenant's display preferences and timeline visibility */
    public PreferenceService preferences() {
        return preferences;
    }

    /** Closes the providers created by plugin factories that hold resources (HTTP clients, threads). */
    @Override
    public void close() {
        plugins.close();
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
        private final List<LinkedRecordsProbe> probes = new ArrayList<>();
        private final List<Notifier> notifiers = new ArrayList<>();
        private final List<TimelineContributor> contributors = new ArrayList<>();
        private final List<MergeParticipant> mergeParticipants = new ArrayList<>();
        private String phoneRegion;
        private boolean discoverPlugins = true;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private final List<PluginFactory<?>> plugins = new ArrayList<>();
        private final Map<String, String> settings = new HashMap<>();

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

        /**
         * @param region ISO-3166 region in which phone numbers written without a country code are read, e.g.
         *               {@code BE}; by default none, so such numbers are refused and only international ones
         *               ({@code +32 ...}) are accepted
         * @return this builder
         */
        public Builder phoneRegion(String region) {
            this.phoneRegion = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * @param value reports host records linked to a contact, which then cannot be deleted; may be called
         *              several times. Probes listed in {@code META-INF/services} are found as well.
         * @return this builder
         */
        public Builder linkedRecordsProbe(LinkedRecordsProbe value) {
            this.probes.add(Objects.requireNonNull(value, "probe"));
            return this;
        }

        /**
         * @param value delivers notifications (e.g. a lead assigned to someone) after commit; may be called several
         *              times. Notifiers listed in {@code META-INF/services} are found as well; without any,
         *              notifications are logged.
         * @return this builder
         */
        public Builder notifier(Notifier value) {
            this.notifiers.add(Objects.requireNonNull(value, "notifier"));
            return this;
        }

        /**
         * @param value adds the host's records (orders, invoices, ...) to timelines; may be called several times.
         *              Contributors listed in {@code META-INF/services} are found as well.
         * @return this builder
         */
        public Builder timelineContributor(TimelineContributor value) {
            this.contributors.add(Objects.requireNonNull(value, "timelineContributor"));
            return this;
        }

        /**
         * @param value how the outbox retries failed deliveries (default: {@link RetryPolicy#DEFAULT})
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * @param value moves the host's records (invoices, orders, ...) when contacts merge; may be called several
         *              times
         * @return this builder
         */
        public Builder mergeParticipant(MergeParticipant value) {
            this.mergeParticipants.add(Objects.requireNonNull(value, "mergeParticipant"));
            return this;
        }

        /**
         * @param value a plugin to create; wins over a discovered plugin with the same id; may be called several
         *              times
         * @return this builder
         */
        public Builder plugin(PluginFactory<?> value) {
            this.plugins.add(Objects.requireNonNull(value, "plugin"));
            return this;
        }

        /**
         * @param name  a plugin setting, {@code <plugin id>.<setting>}, e.g. {@code mailchimp.api-key}; never null
         * @param value its value; never null
         * @return this builder
         */
        public Builder setting(String name, String value) {
            this.settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param value whether plugins listed in {@code META-INF/services} are looked up with
         *              {@link ServiceLoader} (default: true); explicit registrations apply either way
         * @return this builder
         */
        public Builder discoverPlugins(boolean value) {
            this.discoverPlugins = value;
            return this;
        }

        /** @return the wired Crm */
        public Crm build() {
            return new Crm(this);
        }
    }
}
