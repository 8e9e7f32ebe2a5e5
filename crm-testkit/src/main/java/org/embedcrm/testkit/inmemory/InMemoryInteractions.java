package org.embedcrm.testkit.inmemory;

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
}
