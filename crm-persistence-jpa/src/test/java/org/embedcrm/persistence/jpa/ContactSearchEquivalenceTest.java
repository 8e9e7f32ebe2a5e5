package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.embedcrm.core.Crm;
import org.embedcrm.core.party.ContactBoardColumn;
import org.embedcrm.core.party.ContactCard;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.persistence.jpa.RandomContacts.Seeded;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database answers contact queries exactly as the in-memory store, the reference semantics, does: the same
 * contacts are loaded into both through the same commands (same tenant, same clock, ids generated in the same
 * order), then random filters, sorts and page sizes are paged through to the end on both. Contacts are compared by
 * their position in creation order, since each store has ids of its own.
 */
abstract class ContactSearchEquivalenceTest {

    private static final int QUERIES_PER_EXAMPLE = 8;

    /** One page as the comparison sees it. */
    private record PageSummary(List<Integer> contacts, long total, boolean more) {
    }

    /** One board column as the comparison sees it. */
    private record ColumnSummary(int status, long count, List<Integer> cards) {
    }

    protected abstract JpaCrmStore store();

    /** @return how many random data sets to try: fewer on servers, where each statement costs more */
    protected abstract int examples();

    @Test
    @DisplayName("every query pages through the same contacts, in the same order, with the same totals as in memory;"
            + " the board and the group statistics agree too")
    void sameAnswersAsInMemory() {
        qt().withExamples(examples()).withShrinkCycles(20)
                .forAll(lists().of(longs().all()).ofSizeBetween(0, 40), longs().all())
                .checkAssert((contactSeeds, querySeed) -> {
                    TenantId tenant = CrmFixture.freshTenant();
                    CrmFixture reference = CrmFixture.inMemory();
                    CrmFixture database = CrmFixture.on(store());
                    reference.context().switchTenant(tenant);
                    database.context().switchTenant(tenant);
                    Seeded expected = RandomContacts.seed(reference, contactSeeds);
                    Seeded actual = RandomContacts.seed(database, contactSeeds);

                    Random queries = new Random(querySeed);
                    for (int i = 0; i < QUERIES_PER_EXAMPLE; i++) {
                        long seed = queries.nextLong();
                        ContactQuery query = RandomContacts.query(new Random(seed), actual);
                        assertThat(pages(database.crm(), actual, seed)).as("pages of %s", query)
                                .isEqualTo(pages(reference.crm(), expected, seed));
                    }
                    assertThat(board(database.crm(), actual)).isEqualTo(board(reference.crm(), expected));
                    assertThat(database.crm().customerGroups().statistics())
                            .isEqualTo(reference.crm().customerGroups().statistics());
                });
    }

    private static List<PageSummary> pages(Crm crm, Seeded seeded, long querySeed) {
        Map<ContactId, Integer> positions = positions(seeded);
        ContactQuery query = RandomContacts.query(new Random(querySeed), seeded);
        List<PageSummary> pages = new ArrayList<>();
        ContactPage page = crm.contacts().find(query);
        pages.add(summary(page, positions));
        while (page.nextCursor() != null) {
            page = crm.contacts().find(query.after(page.nextCursor()));
            pages.add(summary(page, positions));
        }
        return pages;
    }

    private static PageSummary summary(ContactPage page, Map<ContactId, Integer> positions) {
        return new PageSummary(page.contacts().stream().map(c -> positions.get(c.id())).toList(), page.total(),
                page.nextCursor() != null);
    }

    private static List<ColumnSummary> board(Crm crm, Seeded seeded) {
        Map<ContactId, Integer> positions = positions(seeded);
        List<ContactBoardColumn> columns = crm.contacts().board(2);
        return columns.stream().map(column -> new ColumnSummary(seeded.statuses().indexOf(column.status().id()),
                column.contactCount(), column.cards().stream().map(ContactCard::id).map(positions::get).toList()))
                .toList();
    }

    private static Map<ContactId, Integer> positions(Seeded seeded) {
        Map<ContactId, Integer> positions = new HashMap<>();
        for (int i = 0; i < seeded.contacts().size(); i++) {
            positions.put(seeded.contacts().get(i).id(), i);
        }
        return positions;
    }
}
