package org.embedcrm.io.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.Tag;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("transferring settings")
class SettingsTransferTest {

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final SettingsTransfer transfer = new SettingsTransfer(crm, fixture.store().transactions());

    /** Gives the tenant one of everything, changed from the defaults. */
    private void customise() {
        crm.contactSettings().defineTag("VIP", "#ff0000");
        crm.contactSettings().defineTag("Newsletter", null);
        crm.contactSettings().defineStatus("Cold", "#0000FF");
        crm.contactSettings().defineStatus("Hot", null);
        crm.contactSettings().defineRelationshipType("Referral", "Referred by");
        crm.contactSettings().defineRelationshipType("Partner", null);
        crm.customerGroups().define("Wholesale", "WHL", "big buyers", new BigDecimal("5.5"), 2);
        crm.lostReasons().define(DefineLostReason.named("Price too high"));
        crm.lostReasons().setActive(crm.lostReasons().define(DefineLostReason.named("Other").withNote()).id(), false);
        List<LeadStatus> statuses = crm.leadSettings().statuses();
        crm.leadSettings().updateStatus(statuses.get(1).id(), "Called", "#00ff00", false, LeadOutcome.NONE);
        crm.leadSettings().defineStatus("Parked", null, true, LeadOutcome.NONE);
        crm.leadSettings().setSourceActive(crm.leadSettings().sources().get(0).id(), false);
        crm.leadSettings().defineSource("Partner portal");
        Pipeline sales = crm.pipelines().create(CreatePipeline.named("Sales").describedAs("new business"));
        crm.pipelines().addStage(AddStage.to(sales.id(), "Lead").asDefault().withProbability(10));
        crm.pipelines().addStage(AddStage.to(sales.id(), "Won").asWon().colored("#00AA00"));
        crm.pipelines().addStage(AddStage.to(sales.id(), "Lost").asLost());
        Pipeline renewals = crm.pipelines().create(CreatePipeline.named("Renewals").asDefault());
        crm.pipelines().addStage(AddStage.to(renewals.id(), "Due"));
        crm.activityCategories().define("Product demo");
        crm.activityCategories().setActive(crm.activityCategories().define("Fax campaign").id(), false);
    }

    private static byte[] json(SettingsTransfer from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        from.exportJson(out);
        return out.toByteArray();
    }

    private SettingsDocument withoutPipelines(SettingsDocument d) {
        return new SettingsDocument(d.format(), d.version(), d.leadStatuses(), d.leadSources(), d.lostReasons(), null,
                d.contactStatuses(), d.relationshipTypes(), d.customerGroups(), d.tags(), d.activityCategories(),
                d.displayPreferences(), d.timelineVisibility());
    }

    @Test
    @DisplayName("a new tenant's settings are the defaults, pipelines aside")
    void freshTenantHasDefaults() {
        assertThat(withoutPipelines(transfer.export())).isEqualTo(SettingsTransfer.defaults());
        assertThat(transfer.export().pipelines()).isEmpty();
    }

    @Test
    @DisplayName("exported as JSON and imported into an empty tenant, every setting arrives as it was, in order")
    void roundTrip() {
        customise();
        SettingsDocument original = transfer.export();
        byte[] file = json(transfer);

        fixture.context().switchTenant(CrmFixture.freshTenant());
        transfer.importJson(new ByteArrayInputStream(file));

        assertThat(transfer.export()).isEqualTo(original);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"format\" : \"embedcrm-settings\"",
                "\"version\" : 3", "\"default\" : true", "\"final\" : true",
                "\"activityCategories\" : [ {");
    }

    @Test
    @DisplayName("importing the tenant's own settings again changes nothing")
    void idempotent() {
        customise();
        SettingsDocument before = transfer.export();

        transfer.apply(before);

        assertThat(transfer.export()).isEqualTo(before);
    }

    @Test
    @DisplayName("a document moving outcomes, the default and won stages is applied without breaking a rule on the way")
    void rearranges() {
        customise();
        SettingsDocument d = transfer.export();
        SettingsDocument wanted = new SettingsDocument(d.format(), d.version(), List.of(
                new LeadStatusSetting("Dropped", null, false, true, LeadOutcome.LOST),
                new LeadStatusSetting("Converted", "#123456", false, true, LeadOutcome.NONE),
                new LeadStatusSetting("Signed", null, false, true, LeadOutcome.CONVERTED),
                new LeadStatusSetting("Parked", null, true, false, LeadOutcome.NONE)),
                d.leadSources(), d.lostReasons(), List.of(
                new PipelineSetting("Renewals", null, false, false, List.of()),
                new PipelineSetting("Sales", "new business", true, true, List.of(
                        new StageSetting("Lost", null, false, true, false, null),
                        new StageSetting("Lead", null, false, false, false, 20),
                        new StageSetting("Offer", null, true, false, true, null)))),
                d.contactStatuses(), d.relationshipTypes(), d.customerGroups(), d.tags(), d.activityCategories(),
                d.displayPreferences(), d.timelineVisibility());

        transfer.apply(wanted);

        assertThat(transfer.export()).isEqualTo(wanted);
    }

    @Nested
    @DisplayName("checking a document")
    class Checking {

        @Test
        @DisplayName("reports every problem at once, under its path, and changes nothing")
        void allProblems() {
            SettingsDocument before = transfer.export();
            SettingsDocument bad = new SettingsDocument(SettingsDocument.FORMAT, 1, List.of(
                    new LeadStatusSetting("New", "red", true, false, LeadOutcome.NONE),
                    new LeadStatusSetting("new", null, false, false, LeadOutcome.CONVERTED)),
                    null, null, List.of(new PipelineSetting("Sales", null, false, true, List.of(
                            new StageSetting("Won", null, false, true, true, null),
                            new StageSetting("Maybe", null, false, false, false, 120)))),
                    null, null, List.of(new CustomerGroupSetting("", "Group", null, new BigDecimal("101"), 0, true)),
                    List.of(new TagSetting("VIP", null), new TagSetting(" vip ", null)),
                    List.of(new ActivityCategorySetting("Demo", true), new ActivityCategorySetting("", true)), null,
                    null);

            ValidationException e = catchThrowableOfType(ValidationException.class, () -> transfer.apply(bad));

            assertThat(e.violations()).extracting(Violation::field).contains("leadStatuses[0].color",
                    "leadStatuses[1].isFinal", "leadStatuses[1].name", "pipelines[0].stages[0].lost",
                    "pipelines[0].stages[1].probability", "pipelines[0].active", "customerGroups[0].code",
                    "tags[1].name", "activityCategories[1].name");
            assertThat(transfer.export()).isEqualTo(before);
        }

        @Test
        @DisplayName("refuses what the core cannot change in place: a tag's colour, a reason's note")
        void fixedAttributes() {
            customise();
            SettingsDocument d = transfer.export();
            SettingsDocument recoloured = new SettingsDocument(d.format(), d.version(), null, null,
                    List.of(new LostReasonSetting("Price too high", true, true)), null, null, null, null,
                    List.of(new TagSetting("VIP", "#000000")), null, null, null);

            ValidationException e = catchThrowableOfType(ValidationException.class, () -> transfer.apply(recoloured));

            assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("tags[0].color", "settings.tag.color-fixed"),
                    org.assertj.core.groups.Tuple.tuple("lostReasons[0].requiresNote", "settings.lost-reason.note-fixed"));
        }

        @Test
        @DisplayName("a change the core refuses on the way rolls the whole import back")
        void atomic() {
            Tag vip = crm.contactSettings().defineTag("VIP", null);
            crm.contacts().create(ContactInput.person("Ada", "Lovelace").email("ada@example.org").tag(vip.id()).build());
            SettingsDocument before = transfer.export();
            SettingsDocument d = SettingsTransfer.defaults();
            SettingsDocument replacing = new SettingsDocument(d.format(), d.version(), null, null, null, null,
                    List.of(new ContactStatusSetting("Hot", null)), null, null, List.of(new TagSetting("Other", null)),
                    null, null, null);

            assertThatThrownBy(() -> transfer.apply(replacing)).isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("code", "tag.in-use");
            assertThat(transfer.export()).isEqualTo(before);
        }

        @Test
        @DisplayName("a file that is not a settings document of this version is refused with its own code")
        void unreadable() {
            assertThat(code("{\"format\":\"embedcrm-settings\",\"version\":1,\"tags\":[{\"name\":\"A\",\"shade\":1}]}"))
                    .isEqualTo("settings.json.malformed");
            assertThat(code("{\"format\":\"embedcrm-settings\",\"version\":1,\"tags\":[")).isEqualTo(
                    "settings.json.malformed");
            assertThat(code("[1, 2]")).isEqualTo("settings.json.malformed");
            assertThat(code("{\"format\":\"embedcrm-settings\",\"version\":4}")).isEqualTo(
                    "settings.version.unsupported");
            assertThat(code("{\"format\":\"embedcrm-settings\",\"version\":0}")).isEqualTo(
                    "settings.version.unsupported");
            assertThat(code("{\"format\":\"embedcrm-settings\",\"version\":\"2\"}")).isEqualTo(
                    "settings.version.unsupported");
            assertThat(code("{\"version\":1}")).isEqualTo("settings.version.unsupported");
            assertThat(code("{\"format\":\"embedcrm-settings\",\"version\":1,\"customerGroups\":[{\"code\":\"A\","
                    + "\"name\":\"A\",\"priority\":null,\"active\":true}]}")).isEqualTo("settings.json.malformed");
        }

        private String code(String json) {
            return catchThrowableOfType(CrmIoException.class, () -> transfer.importJson(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).code();
        }
    }

    @Test
    @DisplayName("a document holding some lists leaves the others alone")
    void partial() {
        customise();
        SettingsDocument before = transfer.export();

        transfer.importJson(new ByteArrayInputStream(("{\"format\":\"embedcrm-settings\",\"version\":1,"
                + "\"tags\":[{\"name\":\"VIP\",\"color\":\"#FF0000\"},{\"name\":\"Partner\"}]}")
                .getBytes(StandardCharsets.UTF_8)));

        SettingsDocument after = transfer.export();
        assertThat(after.tags()).containsExactly(new TagSetting("Partner", null), new TagSetting("VIP", "#FF0000"));
        assertThat(after.pipelines()).isEqualTo(before.pipelines());
        assertThat(after.leadStatuses()).isEqualTo(before.leadStatuses());
    }

    @Test
    @DisplayName("reset gives back the settings of a new tenant; other sources and reasons are deactivated, pipelines kept")
    void reset() {
        customise();
        List<PipelineSetting> pipelines = transfer.export().pipelines();

        transfer.reset();

        SettingsDocument after = transfer.export();
        assertThat(after.leadStatuses()).isEqualTo(SettingsTransfer.defaults().leadStatuses());
        assertThat(after.leadSources().stream().filter(LeadSourceSetting::active))
                .containsExactlyElementsOf(SettingsTransfer.defaults().leadSources());
        assertThat(after.leadSources()).contains(new LeadSourceSetting("Partner portal", false));
        assertThat(after.tags()).isEmpty();
        assertThat(after.contactStatuses()).isEmpty();
        assertThat(after.customerGroups()).isEmpty();
        assertThat(after.lostReasons()).extracting(LostReasonSetting::active).containsOnly(false);
        assertThat(after.relationshipTypes()).hasSize(2);
        assertThat(after.pipelines()).isEqualTo(pipelines);
        assertThat(after.activityCategories()).extracting(ActivityCategorySetting::active).containsOnly(false)
                .hasSize(2);
    }
}
