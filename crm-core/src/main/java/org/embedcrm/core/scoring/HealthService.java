package org.embedcrm.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.Contacts;

/**
 * Computes and keeps customers' health scores. Obtain it from {@link org.embedcrm.core.Crm#health()}.
 *
 * <p>{@link #refreshAll} is meant for a nightly job: it walks the active customers page by page
 * ({@value #PAGE} at a time, so memory stays bounded), asks the host's sources outside any transaction, and stores
 * each page's scores in one short transaction. {@link HealthChanged} is published whenever a customer's band
 * changes.
 */
public final class HealthService {

    /** Customers scored per page (and per transaction) of a refresh. */
    public static final int PAGE = 200;

    private final ServiceContext ctx;
    private final Contacts contacts;
    private final HealthScores scores;
    private final HealthSources sources;

    /**
     * @param ctx      the service plumbing; never null
     * @param contacts the contact port; never null
     * @param scores   the score port; never null
     * @param sources  the host's sources; never null
     */
    public HealthService(ServiceContext ctx, Contacts contacts, HealthScores scores, HealthSources sources) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /**
     * Scores one contact now (on demand, e.g. after a payment) and stores it.
     *
     * @param id a contact; never null
     * @return its new score
     * @throws NotFoundException when it does not exist
     */
    public HealthScore refresh(ContactId id) {
        Objects.requireNonNull(id, "contact");
        Contact contact = ctx.run(() -> contacts.find(ctx.tenant(), id))
                .orElseThrow(() -> new NotFoundException("contact", id));
        return store(List.of(contact)).get(0);
    }

    /**
     * Scores every active customer of the tenant.
     *
     * @param progress told how many customers were scored so far, after each page; never null
     * @return how many were scored and how many changed band
     */
    public RefreshReport refreshAll(LongConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        ContactQuery query = ContactQuery.firstPage(ContactFilter.activeContacts().withRoles(
                Set.of(ContactRole.CUSTOMER)).in(ArchiveScope.ACTIVE))
                .sortedBy(ContactSort.CREATED, false).pageOf(PAGE);
        long done = 0;
        long changed = 0;
        while (query != null) {
            ContactQuery current = query;
            ContactPage page = ctx.run(() -> contacts.search(ctx.tenant(), current));
            Map<ContactId, HealthScore> before = ctx.run(() -> scores.findAll(ctx.tenant(),
                    page.contacts().stream().map(Contact::id).toList()));
            List<HealthScore> after = store(page.contacts(), before);
            changed += after.stream().filter(s -> before.get(s.customer()) == null
                    || before.get(s.customer()).band() != s.band()).count();
            done += after.size();
            progress.accept(done);
            query = page.nextCursor() == null ? null : current.after(page.nextCursor());
        }
        return new RefreshReport(done, changed);
    }

    /**
     * @param id a contact; never null
     * @return its last stored score
     */
    public Optional<HealthScore> score(ContactId id) {
        Objects.requireNonNull(id, "contact");
        return ctx.run(() -> scores.find(ctx.tenant(), id));
    }

    /**
     * @param ids the contacts of a list page; never null
     * @return their last stored scores, by contact
     */
    public Map<ContactId, HealthScore> scores(Collection<ContactId> ids) {
        Objects.requireNonNull(ids, "contacts");
        return ids.isEmpty() ? Map.of() : ctx.run(() -> scores.findAll(ctx.tenant(), ids));
    }

    private List<HealthScore> store(List<Contact> customers) {
        Map<ContactId, HealthScore> before = ctx.run(() -> scores.findAll(ctx.tenant(),
                customers.stream().map(Contact::id).toList()));
        return store(customers, before);
    }

    private List<HealthScore> store(List<Contact> customers, Map<ContactId, HealthScore> before) {
        String tenant = ctx.tenant().value();
        List<HealthScore> computed = new ArrayList<>();
        for (Contact c : customers) {
            computed.add(HealthRules.score(ctx.tenant(), c.id(), ctx.now(), c.lastInteractionAt(),
                    sources.payments(tenant, c.id().value()), sources.contracts(tenant, c.id().value()),
                    sources.tickets(tenant, c.id().value())));
        }
        return ctx.run(() -> {
            scores.saveAll(computed);
            for (HealthScore s : computed) {
                HealthScore old = before.get(s.customer());
                if (old == null || old.band() != s.band()) {
                    ctx.publish(new HealthChanged(ctx.tenant(), ctx.now(), ctx.actor(), s.customer(),
                            old == null ? null : old.band(), s.band(), s.score()));
                }
            }
            return computed;
        });
    }
}
