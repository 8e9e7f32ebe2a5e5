package org.embedcrm.core.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("preference values")
class PreferenceValuesTest {

    @Nested
    @DisplayName("display preferences")
    class Display {

        @Test
        @DisplayName("a fresh tenant opens contacts and leads as lists, deals as a board, with the usual card fields")
        void defaults() {
            DisplayPreferences defaults = DisplayPreferences.defaults();

            assertThat(defaults.contactsView()).isEqualTo(RecordView.LIST);
            assertThat(defaults.leadsView()).isEqualTo(RecordView.LIST);
            assertThat(defaults.dealsView()).isEqualTo(RecordView.BOARD);
            assertThat(defaults.contactCard()).containsExactlyInAnyOrder(ContactCardField.values());
            assertThat(defaults.dealCard()).containsExactlyInAnyOrder(DealCardField.VALUE, DealCardField.ASSIGNEE,
                    DealCardField.CUSTOMER, DealCardField.COMPANY);
            assertThat(defaults.customerNotesOnDeals()).isFalse();
        }

        @Test
        @DisplayName("every missing part is reported at once, each under its field")
        void missingParts() {
            assertThatThrownBy(() -> new DisplayPreferences(null, RecordView.LIST, null, null,
                    EnumSet.noneOf(DealCardField.class), true))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::code)
                            .containsExactly(
                                    tuple("contactsView", DisplayPreferences.REQUIRED),
                                    tuple("dealsView", DisplayPreferences.REQUIRED),
                                    tuple("contactCard", DisplayPreferences.REQUIRED)));
        }

        @Test
        @DisplayName("a card may show nothing but the name, and its fields cannot be changed from outside")
        void cardFields() {
            Set<DealCardField> fields = EnumSet.of(DealCardField.VALUE);
            DisplayPreferences preferences = DisplayPreferences.defaults().withContactCard(Set.of())
                    .withDealCard(fields);
            fields.add(DealCardField.COMPANY);

            assertThat(preferences.contactCard()).isEmpty();
            assertThat(preferences.dealCard()).containsExactly(DealCardField.VALUE);
            assertThatThrownBy(() -> preferences.dealCard().add(DealCardField.ASSIGNEE))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("timeline visibility")
    class Timeline {

        @Test
        @DisplayName("a fresh tenant's contact, lead and deal timelines show every kind of item")
        void defaults() {
            TimelineVisibility defaults = TimelineVisibility.defaults();

            for (RecordKind kind : TimelineVisibility.WITH_TIMELINE) {
                assertThat(defaults.of(kind)).containsExactlyInAnyOrder(TimelineKind.values());
            }
            assertThatIllegalArgumentException().isThrownBy(() -> defaults.of(RecordKind.PIPELINE));
        }

        @Test
        @DisplayName("a record kind without a timeline, a missing one and an empty one are reported at once")
        void refused() {
            Map<RecordKind, Set<TimelineKind>> shown = new EnumMap<>(RecordKind.class);
            shown.put(RecordKind.CONTACT, Set.of(TimelineKind.INTERACTION));
            shown.put(RecordKind.DEAL, Set.of());
            shown.put(RecordKind.STAGE, Set.of(TimelineKind.CHANGE));

            assertThatThrownBy(() -> new TimelineVisibility(shown))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::code)
                            .containsExactlyInAnyOrder(
                                    tuple("stage", TimelineVisibility.NO_TIMELINE),
                                    tuple("lead", TimelineVisibility.REQUIRED),
                                    tuple("deal", TimelineVisibility.EMPTY)));
        }

        @Test
        @DisplayName("changing one record kind keeps the others")
        void withOne() {
            TimelineVisibility changed = TimelineVisibility.defaults()
                    .with(RecordKind.LEAD, Set.of(TimelineKind.STATUS_CHANGE, TimelineKind.CONVERSION));

            assertThat(changed.of(RecordKind.LEAD))
                    .containsExactlyInAnyOrder(TimelineKind.STATUS_CHANGE, TimelineKind.CONVERSION);
            assertThat(changed.of(RecordKind.DEAL)).containsExactlyInAnyOrder(TimelineKind.values());
            assertThatThrownBy(() -> changed.with(RecordKind.PIPELINE, Set.of(TimelineKind.CHANGE)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::code).containsExactly(TimelineVisibility.NO_TIMELINE));
        }
    }
}
