package org.embedcrm.core.audience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.embedcrm.core.error.ExternalServiceException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ContactWrites;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.outbox.OutboxHandler;
import org.embedcrm.core.outbox.OutboxService;
import org.embedcrm.core.outbox.UndeliverableException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.embedcrm.spi.audience.BulkSyncResult;

/**
 * Keeps contacts in step with the marketing audiences of the {@link AudienceSync} plugins (e.g. Mailchimp).
 * Obtain it from {@link org.embedcrm.core.Crm#audience()}.
 *
 * <p>Every contact stored, changed, archived or deleted while a plugin is present writes an outbox entry in the same
 * transaction: an upsert of the contact's member (its first e-mail address, names, attributes {@code type},
 * {@code name}, {@code country}, {@code phone}, {@code role.*}, its tags and its e-mail consent, followed by the
 * removal of the tags an update took off the contact) or, for an archived
 * or deleted contact, an archive. {@link OutboxService#deliverDue} delivers them, retried while the audience is
 * unreachable. The plugins enforce consent: a contact who rejected e-mail is never subscribed.
 */
public final class AudienceService {

    /** The outbox topic of audience changes. */
    public static final String TOPIC = "audience";
    /** Contacts read per page of a bulk sync; a plugin sends at most 500 members per call. */
    public static final int BULK_PAGE = 500;

    private final ServiceContext ctx;
    private final Contacts contacts;
    private final Tags tags;
    private final List<AudienceSync> audiences;
    private OutboxService outbox;

    /**
     * @param ctx       the service plumbing; never null
     * @param contacts  the contact port (not the observed one); never null
     * @param tags      the tag port, for tag names; never null
     * @param audiences the audience plugins, maybe none; never null
     */
    public AudienceService(ServiceContext ctx, Contacts contacts, Tags tags, List<AudienceSync> audiences) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.tags = Objects.requireNonNull(tags, "tags");
        this.audiences = List.copyOf(audiences);
    }

    /**
     * @param value the outbox audience changes are written to; set once, when the Crm is wired
     */
    public void writeTo(OutboxService value) {
        this.outbox = Objects.requireNonNull(value, "outbox");
    }

    /** @return whether any audience plugin is present */
    public boolean enabled() {
        return !audiences.isEmpty();
    }

    /**
     * @param port the store's contact port; never null
     * @return the port, writing an audience change for every contact write while a plugin is present
     */
    public Contacts observe(Contacts port) {
        return enabled() ? ContactWrites.observe(port, this::changed) : port;
    }

    /** @return the outbox handler delivering audience changes to every plugin */
    public OutboxHandler handler() {
        return new OutboxHandler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public void deliver(TenantId tenant, String idempotencyKey, Map<String, String> payload) {
                String email = payload.get("email");
                String action = payload.get(AudienceMembers.ACTION);
                for (AudienceSync audience : audiences) {
                    try {
                        switch (action) {
                            case AudienceMembers.ARCHIVE -> audience.archive(email);
                            case AudienceMembers.ERASE -> audience.erase(email);
                            default -> upsert(audience, payload);
                        }
                    } catch (AudienceSyncException e) {
                        if (e.retryable()) {
                            throw e;
                        }
                        throw new UndeliverableException(e.code() + ": " + e.getMessage(), e);
                    }
                }
            }

            @Override
            public boolean deliverRightAfterCommit() {
                return false;
            }
        };
    }

    /** Upserts the member, then removes the tags its contact lost, when the audience holds it. */
    private static void upsert(AudienceSync audience, Map<String, String> payload) {
        AudienceMember member = AudienceMembers.fromPayload(payload);
        Set<String> removed = AudienceMembers.removedTags(payload);
        if (audience.upsert(member).isPresent() && !removed.isEmpty()) {
            audience.updateTags(member.email(), Set.of(), removed);
        }
    }

    /**
     * Queues the contact's current state for every audience now, e.g. after a plugin was added.
     *
     * @param id the contact; never null
     * @return whether there was anything to sync: a plugin is present and the contact has an e-mail address
     * @throws NotFoundException when the contact does not exist
     */
    public boolean sync(ContactId id) {
        Objects.requireNonNull(id, "contact");
        return ctx.run(() -> {
            Contact contact = contacts.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
            return enabled() && enqueue(contact);
        });
    }

    /**
     * Queues the permanent deletion of a person's data from every audience, for an erasure request (GDPR article
     * 17): unlike an archive, the member can never be imported again.
     *
     * @param email the e-mail address the audience knows the person by; never null, not blank
     * @return whether there was an audience to erase it from
     */
    public boolean erase(String email) {
        Objects.requireNonNull(email, "email");
        if (email.isBlank()) {
            throw new IllegalArgumentException("an erasure names the e-mail address to erase");
        }
        return enabled() && ctx.run(() -> outbox.enqueue(TOPIC, AudienceMembers.erase(email.strip())) != null);
    }

    /**
     * Sends every contact the query finds to every audience, page by page ({@value #BULK_PAGE} contacts a call),
     * directly rather than through the outbox: meant for an initial load or a repair run.
     *
     * @param query which contacts; its page size is replaced by {@value #BULK_PAGE}; never null
     * @return per audience plugin, in plugin order, what it synced, skipped and refused
     * @throws ExternalServiceException when an audience refused a whole batch or could not be reached
     */
    public List<BulkSyncResult> syncAll(ContactQuery query) {
        Objects.requireNonNull(query, "query");
        List<BulkSyncResult> results = new ArrayList<>();
        for (AudienceSync audience : audiences) {
            BulkSyncResult total = new BulkSyncResult(0, 0, Map.of());
            ContactQuery page = query.pageOf(BULK_PAGE);
            while (page != null) {
                ContactQuery current = page;
                ContactPage found = ctx.run(() -> contacts.search(ctx.tenant(), current));
                total = plus(total, bulk(audience, members(found.contacts())));
                page = found.nextCursor() == null ? null : current.after(found.nextCursor());
            }
            results.add(total);
        }
        return results;
    }

    private static BulkSyncResult bulk(AudienceSync audience, List<AudienceMember> members) {
        try {
            return audience.syncAll(members);
        } catch (AudienceSyncException e) {
            throw new ExternalServiceException("the audience refused a bulk sync: " + e.code() + ": "
                    + e.getMessage(), e);
        }
    }

    private List<AudienceMember> members(List<Contact> page) {
        List<Tag> tagList = ctx.run(() -> tags.all(ctx.tenant()));
        return page.stream().filter(c -> !c.isArchived()).map(c -> AudienceMembers.of(c, tagList))
                .flatMap(Optional::stream).toList();
    }

    private static BulkSyncResult plus(BulkSyncResult a, BulkSyncResult b) {
        Map<String, String> errors = new LinkedHashMap<>(a.errors());
        errors.putAll(b.errors());
        return new BulkSyncResult(a.synced() + b.synced(), a.skipped() + b.skipped(), errors);
    }

    private void changed(ContactWrites.Write write, Contact before, Contact contact) {
        if (write == ContactWrites.Write.REMOVED || contact.isArchived()) {
            contact.profile().emails().stream().findFirst()
                    .ifPresent(email -> outbox.enqueue(TOPIC, AudienceMembers.archive(email.value())));
        } else {
            Set<TagId> removed = before == null ? Set.of() : before.tags().stream()
                    .filter(tag -> !contact.tags().contains(tag)).collect(Collectors.toSet());
            enqueue(contact, removed);
        }
    }

    private boolean enqueue(Contact contact) {
        return enqueue(contact, Set.of());
    }

    /** Queues the contact's member, with the names of the tags it lost, which the audience removes. */
    private boolean enqueue(Contact contact, Set<TagId> removed) {
        List<Tag> tagList = tags.all(ctx.tenant());
        Set<String> removedNames = tagList.stream().filter(tag -> removed.contains(tag.id())).map(Tag::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return AudienceMembers.of(contact, tagList)
                .map(member -> outbox.enqueue(TOPIC, AudienceMembers.upsert(member, removedNames)) != null)
                .orElse(false);
    }
}
