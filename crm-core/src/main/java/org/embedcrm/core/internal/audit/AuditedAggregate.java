package org.embedcrm.core.internal.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.Contacts;

/**
 * How one kind of aggregate is audited: its repository port, how its snapshot splits into audited parts, and how
 * to reload it when a change comes in for an aggregate not loaded in the current unit of work.
 *
 * @param port   the repository port type
 * @param type   the aggregate type
 * @param ref    the aggregate's own record
 * @param parts  the audited parts of an aggregate
 * @param reload reads the stored aggregate through the port
 * @param <P>    the port
 * @param <A>    the aggregate
 */
record AuditedAggregate<P, A>(Class<P> port, Class<A> type, Function<A, RecordRef> ref,
                              Function<A, List<AuditedPart>> parts,
                              BiFunction<P, A, Optional<A>> reload) {

    private static final Set<String> BOOKKEEPING = Set.of("id", "tenant", "version", "createdAt", "createdBy",
            "updatedAt");
    private static final Predicate<String> NOTHING_PERSONAL = path -> false;

    static AuditedAggregate<Contacts, Contact> contacts() {
        Set<String> ignored = with(BOOKKEEPING, "lastInteractionAt");
        Predicate<String> personal = path -> path.startsWith("profile.") || path.equals("internalNotes")
                || path.equals("employments");
        return new AuditedAggregate<>(Contacts.class, Contact.class, c -> RecordRef.of(c.id()),
                c -> List.of(new AuditedPart(RecordRef.of(c.id()),
                        FieldValues.of(c.snapshot(), ignored, Set.of("profile", "terms", "consent")), personal)),
                (port, c) -> port.find(c.tenant(), c.id()));
    }

    static AuditedAggregate<Leads, Lead> leads() {
        Predicate<String> personal = path -> path.startsWith("details.") && !path.equals("details.title")
                && !path.equals("details.description") || path.startsWith("consent");
        return new AuditedAggregate<>(Leads.class, Lead.class, l -> RecordRef.of(l.id()),
                l -> List.of(new AuditedPart(RecordRef.of(l.id()),
                        FieldValues.of(l.snapshot(), BOOKKEEPING, Set.of("details", "consent")), personal)),
                (port, l) -> port.find(l.tenant(), l.id()));
    }

    static AuditedAggregate<Deals, Deal> deals() {
        return new AuditedAggregate<>(Deals.class, Deal.class, d -> RecordRef.of(d.id()),
                d -> List.of(new AuditedPart(RecordRef.of(d.id()),
                        FieldValues.of(d.snapshot(), BOOKKEEPING, Set.of("terms")), NOTHING_PERSONAL)),
                (port, d) -> port.find(d.tenant(), d.id()));
    }

    static AuditedAggregate<Pipelines, Pipeline> pipelines() {
        Set<String> ignored = with(BOOKKEEPING, "stages");
        return new AuditedAggregate<>(Pipelines.class, Pipeline.class, p -> RecordRef.of(p.id()),
                p -> Stream.concat(
                        Stream.of(new AuditedPart(RecordRef.of(p.id()),
                                FieldValues.of(p.snapshot(), ignored, Set.of()), NOTHING_PERSONAL)),
                        p.stages().stream().map(s -> new AuditedPart(RecordRef.of(s.id()),
                                FieldValues.of(s, Set.of("id"), Set.of()), NOTHING_PERSONAL))).toList(),
                (port, p) -> port.find(p.tenant(), p.id()));
    }

    private static Set<String> with(Set<String> base, String more) {
        return Stream.concat(base.stream(), Stream.of(more)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
