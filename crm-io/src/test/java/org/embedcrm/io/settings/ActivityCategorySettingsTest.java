package org.embedcrm.io.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("transferring activity categories (document version 2)")
class ActivityCategorySettingsTest {

    private static final List<String> NAMES = List.of("Product demo", "Contract renewal", "Site visit", "Training",
            "Fax campaign", "Quarterly review");

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final SettingsTransfer transfer = new SettingsTransfer(crm, fixture.store().transactions());

    private static SettingsDocument onlyCategories(List<ActivityCategorySetting> categories) {
        return new SettingsDocument(SettingsDocument.FORMAT, SettingsDocument.VERSION, null, null, null, null, null,
                null, null, null, categories, null, null);
    }

    private void importJson(String json) {
        transfer.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("are exported by name with whether they are active, and arrive so in another tenant")
    void roundTrip() {
        crm.activityCategories().define("Site visit");
        crm.activityCategories().setActive(crm.activityCategories().define("Fax campaign").id(), false);
        SettingsDocument original = transfer.export();

        fixture.context().switchTenant(CrmFixture.freshTenant());
        transfer.apply(original);

        assertThat(transfer.export().activityCategories()).containsExactly(
                new ActivityCategorySetting("Fax campaign", false), new ActivityCategorySetting("Site visit", true));
    }

    @Test
    @DisplayName("an import defines the missing ones, deactivates those it lacks and keeps the tenant's spelling")
    void applied() {
        crm.activityCategories().define("site visit");
        crm.activityCategories().define("Training");

        transfer.apply(onlyCategories(List.of(new ActivityCategorySetting("Site Visit", true),
                new ActivityCategorySetting("Product demo", false))));

        assertThat(transfer.export().activityCategories()).containsExactly(
                new ActivityCategorySetting("Product demo", false), new ActivityCategorySetting("site visit", true),
                new ActivityCategorySetting("Training", false));
    }

    @Test
    @DisplayName("blank and repeated names are reported with the document's other problems, and nothing changes")
    void checked() {
        crm.activityCategories().define("Training");
        SettingsDocument before = transfer.export();

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> transfer.apply(onlyCategories(
                List.of(new ActivityCategorySetting("Demo", true), new ActivityCategorySetting(" ", true),
                        new ActivityCategorySetting("DEMO", false),
                        new ActivityCategorySetting("x".repeat(101), true)))));

        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "activityCategories[1].name", "activityCategories[2].name", "activityCategories[3].name");
        assertThat(transfer.export()).isEqualTo(before);
    }

    @Test
    @DisplayName("a version 1 document, which has none, leaves them alone; one naming them is refused")
    void versionOne() {
        crm.activityCategories().define("Training");

        importJson("{\"format\":\"embedcrm-settings\",\"version\":1,\"tags\":[{\"name\":\"Partner\"}]}");
        CrmIoException refused = catchThrowableOfType(CrmIoException.class, () -> importJson(
                "{\"format\":\"embedcrm-settings\",\"version\":1,\"activityCategories\":[]}"));

        assertThat(transfer.export().activityCategories()).containsExactly(
                new ActivityCategorySetting("Training", true));
        assertThat(transfer.export().tags()).containsExactly(new TagSetting("Partner", null));
        assertThat(refused.code()).isEqualTo("settings.json.malformed");
    }

    @Test
    @DisplayName("a version 2 document sets them; an empty list deactivates every one")
    void versionTwo() {
        crm.activityCategories().define("Training");

        importJson("{\"format\":\"embedcrm-settings\",\"version\":2,\"activityCategories\":"
                + "[{\"name\":\"Site visit\",\"active\":true}]}");
        List<ActivityCategorySetting> set = transfer.export().activityCategories();
        importJson("{\"format\":\"embedcrm-settings\",\"version\":2,\"activityCategories\":[]}");

        assertThat(set).containsExactly(new ActivityCategorySetting("Site visit", true),
                new ActivityCategorySetting("Training", false));
        assertThat(transfer.export().activityCategories()).extracting(ActivityCategorySetting::active)
                .containsExactly(false, false);
    }

    @Test
    @DisplayName("after any import the active ones are the document's, none is lost, and a second changes nothing")
    void invariant() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            fixture.context().switchTenant(CrmFixture.freshTenant());
            for (String name : NAMES) {
                if (random.nextBoolean()) {
                    var category = crm.activityCategories().define(casing(name, random));
                    crm.activityCategories().setActive(category.id(), random.nextBoolean());
                }
            }
            Set<String> before = keys(transfer.export().activityCategories(), ActivityCategorySetting::name);
            List<ActivityCategorySetting> wanted = new ArrayList<>();
            for (String name : NAMES) {
                if (random.nextBoolean()) {
                    wanted.add(new ActivityCategorySetting(casing(name, random), random.nextBoolean()));
                }
            }

            transfer.apply(onlyCategories(wanted));
            SettingsDocument after = transfer.export();
            transfer.apply(after);

            Map<String, Boolean> active = after.activityCategories().stream().collect(Collectors.toMap(
                    c -> key(c.name()), ActivityCategorySetting::active));
            assertThat(active.keySet()).containsAll(before)
                    .containsAll(keys(wanted, ActivityCategorySetting::name));
            assertThat(active.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
                    .containsExactlyInAnyOrderElementsOf(keys(wanted.stream()
                            .filter(ActivityCategorySetting::active).toList(), ActivityCategorySetting::name));
            assertThat(transfer.export()).isEqualTo(after);
        });
    }

    private static String casing(String name, Random random) {
        return random.nextBoolean() ? name : name.toUpperCase(Locale.ROOT);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static <T> Set<String> keys(List<T> entries, Function<T, String> name) {
        return entries.stream().map(name).map(ActivityCategorySettingsTest::key).collect(Collectors.toSet());
    }
}
