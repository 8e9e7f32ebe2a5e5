package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.preference.ContactCardField;
import org.embedcrm.core.preference.DealCardField;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.RecordView;
import org.embedcrm.core.preference.TimelineVisibility;
import org.embedcrm.core.shared.Permission;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link org.embedcrm.core.preference.TenantPreferences} port, through the preference service
 * and the timeline that reads it: defaults, versioned saves, refusals that leave the stored value as it was, and a
 * property over random preferences.
 */
public abstract class PreferencesContract extends StoreContract {

    /** @return how many random preferences the properties try; stores on a server may ask for fewer */
    protected int examples() {
        return 25;
    }

    @Nested
    @DisplayName("reading and saving")
    class Saving {

        @Test
        @DisplayName("a fresh tenant has the defaults, at version 0")
        void defaults() {
            Preferences preferences = crm().preferences().get();

            assertThat(preferences).isEqualTo(Preferences.defaults(fixture.tenant()));
            assertThat(preferences.version()).isZero();
        }

        @Test
        @DisplayName("a change is read back one version later, and only in its own tenant")
        void saved() {
            DisplayPreferences display = DisplayPreferences.defaults().withDealsView(RecordView.LIST)
                    .withContactCard(Set.of(ContactCardField.RATING)).withCustomerNotesOnDeals(true);

            Preferences saved = crm().preferences().changeDisplay(0, display);
            Preferences changedAgain = crm().preferences().showOnTimeline(saved.version(), RecordKind.LEAD,
                    Set.of(TimelineKind.STATUS_CHANGE));

            assertThat(saved.version()).isEqualTo(1);
            assertThat(changedAgain.version()).isEqualTo(2);
            assertThat(crm().preferences().get()).isEqualTo(changedAgain);
            assertThat(crm().preferences().get().display()).isEqualTo(display);
            assertThat(crm().preferences().get().timeline().of(RecordKind.LEAD))
                    .containsExactly(TimelineKind.STATUS_CHANGE);
            assertThat(CrmFixture.on(store()).crm().preferences().get().version()).isZero();
        }

        @Test
        @DisplayName("a change based on a stale version is refused and the stored preferences stay as they were")
        void stale() {
            Preferences first = crm().preferences().changeDisplay(0,
                    DisplayPreferences.defaults().withLeadsView(RecordView.BOARD));

            assertThatCrmError(() -> crm().preferences().changeDisplay(0, DisplayPreferences.defaults()))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThatCrmError(() -> crm().preferences().reset(7)).hasCode("stale-version");
            assertThat(crm().preferences().get()).isEqualTo(first);
        }

        @Test
        @DisplayName("the port refuses a save based on a version someone else has since saved over")
        void portStale() {
            Preferences fresh = store().preferences().get(fixture.tenant());
            Preferences saved = fixture.inTransaction(() -> store().preferences().save(
                    fresh.withDisplay(fresh.display().withContactsView(RecordView.BOARD))));

            assertThatCrmError(() -> fixture.inTransaction(() -> store().preferences().save(fresh)))
                    .hasCode("stale-version");
            assertThat(store().preferences().get(fixture.tenant())).isEqualTo(saved);
        }

        @Test
        @DisplayName("a change that changes nothing stores nothing")
        void unchanged() {
            Preferences same = crm().preferences().replace(0, DisplayPreferences.defaults(),
                    TimelineVisibility.defaults());

            assertThat(same.version()).isZero();
            assertThat(crm().preferences().get().version()).isZero();
        }

        @Test
        @DisplayName("a bulk change replaces both parts at once, and a reset brings back the defaults")
        void bulkAndReset() {
            TimelineVisibility visibility = TimelineVisibility.defaults()
                    .with(RecordKind.DEAL, Set.of(TimelineKind.STAGE_CHANGE))
                    .with(RecordKind.CONTACT, Set.of(TimelineKind.INTERACTION, TimelineKind.HOST));
            DisplayPreferences display = DisplayPreferences.defaults().withDealCard(Set.of());

            Preferences replaced = crm().preferences().replace(0, display, visibility);
            Preferences reset = crm().preferences().reset(replaced.version());

            assertThat(replaced.display()).isEqualTo(display);
            assertThat(replaced.timeline()).isEqualTo(visibility);
            assertThat(reset.version()).isEqualTo(2);
            assertThat(reset.display()).isEqualTo(DisplayPreferences.defaults());
            assertThat(reset.timeline()).isEqualTo(TimelineVisibility.defaults());
        }

        @Test
        @DisplayName("a timeline that would show nothing is refused and the stored preferences stay as they were")
        void emptyTimeline() {
            Preferences saved = crm().preferences().showOnTimeline(0, RecordKind.DEAL, Set.of(TimelineKind.MERGE));

            assertThatCrmError(() -> crm().preferences().showOnTimeline(saved.version(), RecordKind.DEAL, Set.of()))
                    .isA(ValidationException.class).hasViolation("deal", TimelineVisibility.EMPTY);
            assertThatCrmError(() -> crm().preferences().showOnTimeline(saved.version(), RecordKind.STAGE,
                    Set.of(TimelineKind.CHANGE))).hasViolation("stage", TimelineVisibility.NO_TIMELINE);
            assertThat(crm().preferences().get()).isEqualTo(saved);
        }

        @Test
        @DisplayName("changing them needs MANAGE_CONTACT_SETTINGS; reading them does not")
        void permission() {
            CrmFixture guarded = CrmFixture.on(store(),
                    (actor, tenant, permission) -> permission != Permission.MANAGE_CONTACT_SETTINGS);

            assertThatCrmError(() -> guarded.crm().preferences().reset(0)).isA(AccessDeniedException.class);
            assertThat(guarded.crm().preferences().get().version()).isZero();
        }
    }

    @Nested
    @DisplayName("timeline visibility")
    class Visibility {

        @Test
        @DisplayName("a timeline query without kinds shows what the tenant's visibility shows for that kind of record")
        void applied() {
            Contact ann = crm().contacts().create(aPerson().build());
            Deal deal = aDeal().in(aPipeline().createIn(crm())).openIn(crm());
            fixture.clock().advance(Duration.ofMinutes(1));
            crm().interactions().log(LogInteraction.call(ann.id(), "Call").aboutDeal(deal.id()));
            crm().activities().plan(PlanActivity.task("Send offer", fixture.clock().instant())
                    .forContact(ann.id()));

            crm().preferences().showOnTimeline(0, RecordKind.CONTACT, Set.of(TimelineKind.ACTIVITY));

            assertThat(kinds(TimelineQuery.of(RecordRef.of(ann.id())))).containsExactly(TimelineKind.ACTIVITY);
            assertThat(kinds(TimelineQuery.of(RecordRef.of(deal.id())))).contains(TimelineKind.INTERACTION);
        }

        @Test
        @DisplayName("a query that names its kinds gets them, whatever the tenant's visibility")
        void explicitKinds() {
            Contact ann = crm().contacts().create(aPerson().build());
            crm().interactions().log(LogInteraction.call(ann.id(), "Call"));
            crm().preferences().showOnTimeline(0, RecordKind.CONTACT, Set.of(TimelineKind.ACTIVITY));

            assertThat(kinds(TimelineQuery.of(RecordRef.of(ann.id()))
                    .only(EnumSet.of(TimelineKind.INTERACTION, TimelineKind.CHANGE))))
                    .containsExactlyInAnyOrder(TimelineKind.INTERACTION, TimelineKind.CHANGE);
        }

        @Test
        @DisplayName("after a reset, the timeline shows everything again")
        void reset() {
            Contact ann = crm().contacts().create(aPerson().build());
            crm().interactions().log(LogInteraction.call(ann.id(), "Call"));
            Preferences hidden = crm().preferences().showOnTimeline(0, RecordKind.CONTACT,
                    Set.of(TimelineKind.ACTIVITY));
            assertThat(kinds(TimelineQuery.of(RecordRef.of(ann.id())))).isEmpty();

            crm().preferences().reset(hidden.version());

            assertThat(kinds(TimelineQuery.of(RecordRef.of(ann.id()))))
                    .containsExactlyInAnyOrder(TimelineKind.INTERACTION, TimelineKind.CHANGE);
        }

        private List<TimelineKind> kinds(TimelineQuery query) {
            return crm().timeline().page(query).items().stream().map(TimelineItem::kind).toList();
        }
    }

    @Nested
    @DisplayName("properties")
    class Properties {

        @Test
        @DisplayName("any valid preferences saved are read back as they were, one version later")
        void roundTrip() {
            qt().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> {
                Crm crm = CrmFixture.on(store()).crm();
                Random random = new Random(seed);
                DisplayPreferences display = randomDisplay(random);
                TimelineVisibility visibility = randomVisibility(random);
                Preferences before = crm.preferences().changeDisplay(0, DisplayPreferences.defaults()
                        .withCustomerNotesOnDeals(true));

                Preferences saved = crm.preferences().replace(before.version(), display, visibility);

                assertThat(crm.preferences().get()).isEqualTo(saved);
                assertThat(saved.display()).isEqualTo(display);
                assertThat(saved.timeline()).isEqualTo(visibility);
                assertThat(saved.version()).isEqualTo(before.version() + (saved.equals(before) ? 0 : 1));
            });
        }

        @Test
        @DisplayName("a timeline visibility hiding everything of any record kind is always refused, storing nothing")
        void emptyAlwaysRefused() {
            qt().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> {
                Crm crm = CrmFixture.on(store()).crm();
                Random random = new Random(seed);
                Preferences stored = crm.preferences().replace(0, randomDisplay(random), randomVisibility(random));
                RecordKind hidden = List.copyOf(TimelineVisibility.WITH_TIMELINE)
                        .get(random.nextInt(TimelineVisibility.WITH_TIMELINE.size()));

                assertThatCrmError(() -> crm.preferences().showOnTimeline(stored.version(), hidden,
                        EnumSet.noneOf(TimelineKind.class))).hasViolation(hidden.name().toLowerCase(),
                        TimelineVisibility.EMPTY);
                assertThat(crm.preferences().get()).isEqualTo(stored);
            });
        }

        private static DisplayPreferences randomDisplay(Random random) {
            RecordView[] views = RecordView.values();
            return new DisplayPreferences(views[random.nextInt(views.length)], views[random.nextInt(views.length)],
                    views[random.nextInt(views.length)], subset(random, ContactCardField.class),
                    subset(random, DealCardField.class), random.nextBoolean());
        }

        private static TimelineVisibility randomVisibility(Random random) {
            Map<RecordKind, Set<TimelineKind>> shown = new EnumMap<>(RecordKind.class);
            for (RecordKind kind : TimelineVisibility.WITH_TIMELINE) {
                Set<TimelineKind> kinds = subset(random, TimelineKind.class);
                kinds.add(TimelineKind.values()[random.nextInt(TimelineKind.values().length)]);
                shown.put(kind, kinds);
            }
            return new TimelineVisibility(shown);
        }

        private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type) {
            Set<E> subset = EnumSet.noneOf(type);
            for (E value : type.getEnumConstants()) {
                if (random.nextBoolean()) {
                    subset.add(value);
                }
            }
            return subset;
        }
    }
}
