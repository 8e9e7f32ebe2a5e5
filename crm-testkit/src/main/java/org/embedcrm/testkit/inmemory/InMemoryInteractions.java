package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.activity.RecordKind;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.UUID;
import java.util.Set;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** Interactions in memory, with the schema's unique key: an e-mail's message id per tenant. */
final class InMemoryInteractions implements Interactions {

    private final TransactionalMap<InteractionId, Interaction> rows;

    InMemoryInteractions(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public Interaction add(Interaction interaction) {
        if (rows.get(interaction.id()).isPresent()) {
            throw new ConflictException("interaction.exists", "interaction " + interaction.id() + " is stored already",
                    null);
        }
        interaction.messageId().flatMap(m -> findByMessageId(interaction.tenant(), m)).ifPresent(other -> {
            throw new ConflictException("interaction.message-id-taken",
                    "the e-mail with message id " + other.messageId().orElseThrow() + " was logged already", null);
        });
        rows.put(interaction.id(), interaction);
        return interaction;
    }

    @Override
    public Optional<Interaction> find(TenantId tenant, InteractionId id) {
        return rows.get(id).filter(i -> i.tenant().equals(tenant));
    }

    @Override
    public Optional<Interaction> findByMessageId(TenantId tenant, String messageId) {
        return rows.values().stream().filter(i -> i.tenant().equals(tenant))
                .filter(i -> i.messageId().filter(messageId::equals).isPresent()).findFirst();
    }

    @Override
    public List<Interaction> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after,
                                      int limit) {
        return TimelineOrder.page(rows.values().stream().filter(i -> i.tenant().equals(tenant))
                        .filter(i -> TimelineOrder.linked(subjects, RecordRef.of(i.contact()),
                                i.dealId().map(RecordRef::of).orElse(null), i.leadId().map(RecordRef::of).orElse(null))),
                Interaction::occurredAt, Interaction::id, after, limit);
    }

    @Override
    public long count(TenantId tenant, RecordRef record) {
        return rows.values().stream().filter(i -> i.tenant().equals(tenant)).filter(i -> links(i, record)).count();
    }

    @Override
    public int reassign(TenantId tenant, RecordRef from, RecordRef to) {
        List<Interaction> linked = rows.values().stream().filter(i -> i.tenant().equals(tenant))
                .filter(i -> links(i, from)).toList();
        linked.forEach(i -> {
            ContactId contact = swap(i.contact(), from, to, RecordKind.CONTACT, ContactId::new, ContactId::value);
            Set<ContactId> participants = i.participants().stream()
                    .map(p -> swap(p, from, to, RecordKind.CONTACT, ContactId::new, ContactId::value))
                    .filter(p -> !p.equals(contact)).collect(Collectors.toSet());
            rows.put(i.id(), new Interaction(i.id(), i.tenant(), i.kind(), contact,
                    swap(i.deal(), from, to, RecordKind.DEAL, DealId::new, DealId::value),
                    swap(i.lead(), from, to, RecordKind.LEAD, LeadId::new, LeadId::value), i.summary(), i.details(),
                    i.occurredAt(), i.author(), participants, i.outcome(), i.email(), i.followUp(), i.followUpTask(),
                    i.loggedAt()));
        });
        return linked.size();
    }

    private static boolean links(Interaction i, RecordRef record) {
        return TimelineOrder.linked(List.of(record), RecordRef.of(i.contact()),
                i.dealId().map(RecordRef::of).orElse(null), i.leadId().map(RecordRef::of).orElse(null))
                || record.kind() == RecordKind.CONTACT && i.participants().contains(new ContactId(record.id()));
    }

    static <I> I swap(I id, RecordRef from, RecordRef to, RecordKind kind, Function<UUID, I> make,
                      Function<I, UUID> value) {
        return id != null && from.kind() == kind && value.apply(id).equals(from.id()) ? make.apply(to.id()) : id;
    }

    /** @return the tenant's interactions, for the in-memory reports */
    List<Interaction> rows(TenantId tenant) {
        return rows.values().stream().filter(i -> i.tenant().equals(tenant)).toList();
    }
}
