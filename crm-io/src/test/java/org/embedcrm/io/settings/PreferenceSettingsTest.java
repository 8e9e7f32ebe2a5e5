package org.embedcrm.io.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.preference.ContactCardField;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.RecordView;
import org.embedcrm.core.preference.TimelineVisibility;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("transferring display preferences and timeline visibility (document version 3)")
class PreferenceSettingsTest {

    private static final String ONLY_DEAL_STAGES = """
            {"format": "embedcrm-settings", "version": 3,
             "displayPreferences": {"contactsView": "board", "leadsView": "LIST", "dealsView": "LIST",
                                    "contactCard": ["RATING"], "dealCard": [], "customerNotesOnDeals": true},
             "timelineVisibility": {"contact": ["INTERACTION"], "lead": ["STATUS_CHANGE", "CONVERSION"],
                                    "deal": ["STAGE_CHANGE"]}}""";

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final SettingsTransfer transfer = new SettingsTransfer(crm, fixture.store().transactions());

    private void importJson(String json) {
        transfer.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private void customise() {
        Preferences fresh = crm.preferences().get();
        crm.preferences().replace(fresh.version(), DisplayPreferences.defaults().withDealsView(RecordView.LIST)
                        .withContactCard(Set.of(ContactCardField.TAGS)).withCustomerNotesOnDeals(true),
                TimelineVisibility.defaults().with(RecordKind.DEAL, Set.of(TimelineKind.STAGE_CHANGE)));
    }

    @Test
    @DisplayName("are exported with the other settings and arrive as they were in another tenant")
    void roundTrip() {
        customise();
        Preferences original = crm.preferences().get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.exportJson(out);

        fixture.context().switchTenant(CrmFixture.freshTenant());
        transfer.importJson(new ByteArrayInputStream(out.toByteArray()));

        Preferences arrived = crm.preferences().get();
        assertThat(arrived.display()).isEqualTo(original.display());
        assertThat(arrived.timeline()).isEqualTo(original.timeline());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"version\" : 3", "\"displayPreferences\" : {",
                "\"dealsView\" : \"LIST\"", "\"timelineVisibility\" : {", "\"deal\" : [ \"STAGE_CHANGE\" ]");
    }

    @Test
    @DisplayName("an imported timeline visibility decides what a timeline query without kinds shows")
    void visibilityApplies() {
        Contact ann = crm.contacts().create(ContactInput.person("Ann", "Lee").email("ann@example.org").build());
        crm.interactions().log(LogInteraction.call(ann.id(), "Call"));

        importJson(ONLY_DEAL_STAGES);

        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(ann.id()))).items())
                .extracting(TimelineItem::kind).containsExactly(TimelineKind.INTERACTION);
        assertThat(crm.preferences().get().display().contactsView()).isEqualTo(RecordView.BOARD);
        assertThat(transfer.export().timelineVisibility().lead())
                .containsExactly(TimelineKind.STATUS_CHANGE, TimelineKind.CONVERSION);
    }

    @Test
    @DisplayName("a document without them, or of version 2, leaves them alone; a version 2 document naming them is refused")
    void olderVersions() {
        customise();
        Preferences before = crm.preferences().get();

        importJson("{\"format\":\"embedcrm-settings\",\"version\":3,\"tags\":[{\"name\":\"VIP\"}]}");
        importJson("{\"format\":\"embedcrm-settings\",\"version\":2,\"activityCategories\":[]}");

        assertThat(crm.preferences().get()).isEqualTo(before);
        assertThat(catchThrowableOfType(CrmIoException.class, () -> importJson(
                "{\"format\":\"embedcrm-settings\",\"version\":2,\"timelineVisibility\":{}}")).code())
                .isEqualTo("settings.json.malformed");
        assertThat(catchThrowableOfType(CrmIoException.class, () -> importJson(ONLY_DEAL_STAGES.replace(
                "\"board\"", "\"kanban\""))).code()).isEqualTo("settings.json.malformed");
    }

    @Test
    @DisplayName("the check reports every missing or empty part under its path, with the other problems, and changes nothing")
    void checked() {
        customise();
        SettingsDocument before = transfer.export();
        SettingsDocument bad = new SettingsDocument(SettingsDocument.FORMAT, SettingsDocument.VERSION, null, null,
                null, null, null, null, null, List.of(new TagSetting("", null)), null,
                new DisplayPreferencesSetting(null, RecordView.LIST, RecordView.BOARD, null, Set.of(), false),
                new TimelineVisibilitySetting(Set.of(TimelineKind.HOST), null, Set.of()));

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> transfer.apply(bad));

        assertThat(e.violations()).extracting(Violation::field, Violation::code).contains(
                tuple("tags[0].name", "name.required"),
                tuple("displayPreferences.contactsView", DisplayPreferences.REQUIRED),
                tuple("displayPreferences.contactCard", DisplayPreferences.REQUIRED),
                tuple("timelineVisibility.lead", TimelineVisibility.REQUIRED),
                tuple("timelineVisibility.deal", TimelineVisibility.EMPTY));
        assertThat(transfer.export()).isEqualTo(before);
    }

    @Test
    @DisplayName("a change the core refuses after the preferences were saved rolls them back with everything else")
    void atomic() {
        Tag vip = crm.contactSettings().defineTag("VIP", null);
        crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").tag(vip.id()).build());
        SettingsDocument before = transfer.export();
        SettingsDocument d = SettingsTransfer.defaults();
        SettingsDocument wanted = new SettingsDocument(d.format(), d.version(), null, null, null, null, null, null,
                null, List.of(new TagSetting("Other", null)), null,
                new DisplayPreferencesSetting(RecordView.BOARD, RecordView.BOARD, RecordView.LIST, Set.of(), Set.of(),
                        true),
                new TimelineVisibilitySetting(Set.of(TimelineKind.HOST), Set.of(TimelineKind.HOST),
                        Set.of(TimelineKind.HOST)));

        assertThatThrownBy(() -> transfer.apply(wanted)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "tag.in-use");
        assertThat(transfer.export()).isEqualTo(before);
        assertThat(crm.preferences().get().version()).isZero();
    }

    @Test
    @DisplayName("reset brings back the display preferences and timeline visibility of a new tenant")
    void reset() {
        customise();

        transfer.reset();

        Preferences after = crm.preferences().get();
        assertThat(after.display()).isEqualTo(DisplayPreferences.defaults());
        assertThat(after.timeline()).isEqualTo(TimelineVisibility.defaults());
        assertThat(after.version()).isEqualTo(2);
    }
}
