package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.time.Duration;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.preference.ContactCardField;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.RecordView;
import org.embedcrm.core.preference.TimelineVisibility;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/preferences.md}, on the in-memory store. */
@DisplayName("docs/preferences.md")
class PreferencesSnippetTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith")
            .email("ann@globex.example").build());
    private final Pipeline sales = aPipeline().named("Sales").withStages("New", "Offer").createIn(crm);
    private final Deal rollout = crm.deals().open(OpenDeal.in(sales.id(), "Globex rollout"));

    private void history() {
        fixture.clock().advance(Duration.ofMinutes(1));
        crm.deals().move(MoveDeal.to(rollout.id(), sales.stages().get(1).id()));
        fixture.clock().advance(Duration.ofMinutes(1));
        crm.interactions().log(LogInteraction.call(ann.id(), "About the offer").aboutDeal(rollout.id()));
    }

    @Test
    @DisplayName("a fresh tenant reads the defaults; changes are versioned and a deal's timeline follows them")
    void readAndChange() {
        history();

        Preferences preferences = crm.preferences().get();
        RecordView dealsOpenAs = preferences.display().dealsView(); // BOARD for a fresh tenant
        boolean cardsShowRating = preferences.display().contactCard().contains(ContactCardField.RATING);

        assertThat(dealsOpenAs).isEqualTo(RecordView.BOARD);
        assertThat(cardsShowRating).isTrue();
        assertThat(preferences.version()).isZero();
        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(rollout.id()))).items())
                .extracting(TimelineItem::kind).contains(TimelineKind.CHANGE);

        Preferences changed = crm.preferences().changeDisplay(preferences.version(),
                preferences.display().withDealsView(RecordView.LIST).withCustomerNotesOnDeals(true));
        changed = crm.preferences().showOnTimeline(changed.version(), RecordKind.DEAL,
                Set.of(TimelineKind.STAGE_CHANGE, TimelineKind.INTERACTION));
        TimelinePage history = crm.timeline().page(TimelineQuery.of(RecordRef.of(rollout.id()))); // moves and calls only

        assertThat(history.items()).extracting(TimelineItem::kind)
                .containsExactly(TimelineKind.INTERACTION, TimelineKind.STAGE_CHANGE);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(crm.preferences().get().display().dealsView()).isEqualTo(RecordView.LIST);
        assertThatCrmError(() -> crm.preferences().changeDisplay(preferences.version(), DisplayPreferences.defaults()))
                .hasCode("stale-version");
    }

    @Test
    @DisplayName("both parts replaced at once, then reset to the defaults as a new version")
    void replaceAndReset() {
        Preferences changed = crm.preferences().showOnTimeline(0, RecordKind.DEAL, Set.of(TimelineKind.MERGE));

        Preferences replaced = crm.preferences().replace(changed.version(),
                DisplayPreferences.defaults().withContactCard(Set.of(ContactCardField.TAGS, ContactCardField.RATING)),
                TimelineVisibility.defaults().with(RecordKind.LEAD, Set.of(TimelineKind.STATUS_CHANGE)));
        Preferences fresh = crm.preferences().reset(replaced.version()); // the defaults again, one version later

        assertThat(replaced.display().contactCard()).containsExactly(ContactCardField.TAGS, ContactCardField.RATING);
        assertThat(replaced.timeline().of(RecordKind.DEAL)).containsExactlyInAnyOrder(TimelineKind.values());
        assertThat(replaced.timeline().of(RecordKind.LEAD)).containsExactly(TimelineKind.STATUS_CHANGE);
        assertThat(fresh.display()).isEqualTo(DisplayPreferences.defaults());
        assertThat(fresh.timeline()).isEqualTo(TimelineVisibility.defaults());
        assertThat(fresh.version()).isEqualTo(3);
        assertThatCrmError(() -> crm.preferences().showOnTimeline(fresh.version(), RecordKind.DEAL, Set.of()))
                .hasViolation("deal", TimelineVisibility.EMPTY);
    }
}
