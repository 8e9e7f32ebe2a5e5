package org.embedcrm.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("any sequence of contact commands")
class ContactInvariantsTest {

    private static final List<String> EMAILS = List.of("a@x.example", "B@X.example", "b@x.example", "c@y.example",
            "C@Y.EXAMPLE", "d@z.example");

    @Test
    @DisplayName("keeps e-mail addresses unique among active contacts, primary contacts employed, and paging complete")
    void keepsInvariants() {
        qt().withExamples(100).forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 40))
                .checkAssert(seeds -> {
                    CrmFixture fixture = CrmFixture.inMemory();
                    Crm crm = fixture.crm();
                    List<ContactId> known = new ArrayList<>();
                    for (int seed : seeds) {
                        apply(crm, known, new Random(seed));
                        assertInvariants(crm);
                    }
                    assertPagingComplete(crm, new Random(seeds.get(0)));
                });
    }

    private static void apply(Crm crm, List<ContactId> known, Random random) {
        String email = EMAILS.get(random.nextInt(EMAILS.size()));
        ContactId some = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
        ContactId other = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
        try {
            switch (some == null ? 0 : random.nextInt(8)) {
                case 0 -> known.add(crm.contacts().create((random.nextBoolean() ? ContactInput.person("P", "N" + random.nextInt(9))
                        : ContactInput.company("C" + random.nextInt(9))).email(email).starRating(random.nextInt(4)).build()).id());
                case 1 -> crm.contacts().update(some, ContactInput.of(crm.contacts().get(some)).noEmails().email(email).build(), null);
                case 2 -> crm.contacts().archive(some);
                case 3 -> crm.contacts().unarchive(some);
                case 4 -> crm.contacts().linkToCompany(some, other, "Role " + random.nextInt(3));
                case 5 -> crm.contacts().setPrimaryContact(some, other);
                case 6 -> crm.contacts().unlinkFromCompany(some, other);
                default -> {
                    crm.contacts().delete(some);
                    known.remove(some);
                }
            }
        } catch (CrmException refused) {
            assertThat(refused.code()).isNotBlank();
        }
    }

    private static void assertInvariants(Crm crm) {
        List<Contact> all = everything(crm, ArchiveScope.ALL, ContactSort.CREATED, 500);
        Set<String> activeEmails = new HashSet<>();
        for (Contact c : all) {
            if (!c.isArchived()) {
                for (EmailAddress e : c.profile().emails()) {
                    assertThat(activeEmails.add(e.matchKey())).as("unique active e-mail " + e).isTrue();
                }
            }
            c.primaryContact().ifPresent(person -> assertThat(crm.contacts().get(person).employments())
                    .anyMatch(job -> job.company().equals(c.id())));
            if (c.type() == ContactType.COMPANY) {
                assertThat(c.employments()).isEmpty();
            }
            c.employments().forEach(job -> assertThat(crm.contacts().get(job.company()).type())
                    .isEqualTo(ContactType.COMPANY));
        }
    }

    private static void assertPagingComplete(Crm crm, Random random) {
        ContactSort sort = ContactSort.values()[random.nextInt(ContactSort.values().length)];
        List<Contact> paged = everything(crm, ArchiveScope.ALL, sort, 1 + random.nextInt(4));
        long total = crm.contacts().find(new ContactQuery(ContactFilter.activeContacts().in(ArchiveScope.ALL), sort,
                false, 1, null)).total();
        assertThat(paged).hasSize((int) total);
        assertThat(paged).extracting(Contact::id).doesNotHaveDuplicates();
    }

    private static List<Contact> everything(Crm crm, ArchiveScope scope, ContactSort sort, int pageSize) {
        ContactQuery query = new ContactQuery(ContactFilter.activeContacts().in(scope), sort, descendingFor(sort), pageSize, null);
        List<Contact> result = new ArrayList<>();
        ContactPage page = crm.contacts().find(query);
        result.addAll(page.contacts());
        while (page.nextCursor() != null) {
            page = crm.contacts().find(query.after(page.nextCursor()));
            result.addAll(page.contacts());
        }
        return result;
    }

    private static boolean descendingFor(ContactSort sort) {
        return sort.ordinal() % 2 == 1;
    }
}
