package org.embedcrm.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.party.Contact;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("any mix of timeline items")
class TimelinePagingTest {

    @Test
    @DisplayName("reads the same, newest first, without repeats or gaps, whatever the page size and kinds kept")
    void pagesAddUp() {
        qt().withExamples(150).forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 40),
                        integers().between(1, 12), integers().allPositive())
                .checkAssert((sources, pageSize, seed) -> {
                    CrmFixture fixture = CrmFixture.inMemory();
                    Crm crm = fixture.crm();
                    Contact ann = crm.contacts().create(aPerson().build());
                    fixture.clock().advance(Duration.ofDays(1));
                    Random random = new Random(seed);
                    for (int i = 0; i < sources.size(); i++) {
                        add(fixture, ann, sources.get(i), i, fixture.clock().instant()
                                .minus(Duration.ofMinutes(random.nextInt(5))));
                    }
                    Set<TimelineKind> kinds = random.nextBoolean() ? EnumSet.allOf(TimelineKind.class)
                            : EnumSet.of(TimelineKind.values()[random.nextInt(TimelineKind.values().length)]);
                    TimelineQuery query = TimelineQuery.of(RecordRef.of(ann.id())).only(kinds);

                    List<TimelineItem> whole = crm.timeline().page(query.limit(TimelineQuery.MAX_LIMIT)).items();
                    List<TimelineItem> paged = readAll(crm, query.limit(pageSize));

                    assertThat(paged).isEqualTo(whole);
                    assertThat(whole).extracting(TimelineItem::position).isSortedAccordingTo(TimelineCursor.ORDER)
                            .doesNotHaveDuplicates();
                    assertThat(whole).allMatch(item -> kinds.contains(item.kind()));
                });
    }

    private static void add(CrmFixture fixture, Contact ann, int source, int n, Instant at) {
        Crm crm = fixture.crm();
        switch (source) {
            case 0 -> crm.interactions().log(LogInteraction.note(ann.id(), "Note " + n).at(at));
            case 1 -> crm.activities().plan(PlanActivity.task("Task " + n, at).forContact(ann.id()));
            case 2 -> fixture.hostTimeline().add(new HostTimelineEntry("INV-" + n, ann.id().value(), "invoice", at,
                    "Invoice " + n, null, Map.of()));
            default -> crm.contacts().rate(ann.id(), n % 4);
        }
    }

    private static List<TimelineItem> readAll(Crm crm, TimelineQuery query) {
        List<TimelineItem> all = new ArrayList<>();
        TimelinePage page = crm.timeline().page(query);
        all.addAll(page.items());
        while (page.nextPage().isPresent()) {
            page = crm.timeline().page(query.after(page.next()));
            all.addAll(page.items());
        }
        return all;
    }
}
