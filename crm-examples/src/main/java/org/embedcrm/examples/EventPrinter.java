package org.embedcrm.examples;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.embedcrm.core.activity.ActivityStatusChanged;
import org.embedcrm.core.activity.InteractionLogged;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.DealLost;
import org.embedcrm.core.deal.DealStageChanged;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.event.DomainEventListener;
import org.embedcrm.core.lead.LeadConverted;
import org.embedcrm.core.lead.LeadCreated;
import org.embedcrm.core.lead.LeadLost;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.merge.ContactsMerged;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactBecameCustomer;
import org.embedcrm.core.party.ContactCreated;
import org.embedcrm.core.party.ContactDeleted;
import org.embedcrm.core.scoring.HealthChanged;

/**
 * A listener that prints each domain event as it is delivered, after the commit of the change that raised it. Events
 * carry ids; the printer names stages, lost reasons, contacts and lead statuses it was told about with
 * {@link #remember(Pipeline)}, {@link #remember(LostReason)}, {@link #remember(Contact)} and
 * {@link #remember(LeadStatus)}.
 */
final class EventPrinter implements DomainEventListener {

    private final PrintStream out;
    private final Map<Object, String> names = new ConcurrentHashMap<>();

    /** @param out where events are printed; never null */
    EventPrinter(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** @param pipeline a pipeline whose stages events may name; never null */
    void remember(Pipeline pipeline) {
        for (Stage stage : pipeline.stages()) {
            names.put(stage.id(), stage.name());
        }
    }

    /** @param reason a lost reason events may name; never null */
    void remember(LostReason reason) {
        names.put(reason.id(), reason.name());
    }

    /** @param contact a contact events may name; never null */
    void remember(Contact contact) {
        remember(contact, contact.profile().displayName());
    }

    /**
     * @param contact a contact events may name; never null
     * @param name    the name to give it, e.g. to tell two contacts of one name apart; never null
     */
    void remember(Contact contact, String name) {
        names.put(contact.id(), Objects.requireNonNull(name, "name"));
    }

    /** @param status a lead status events may name; never null */
    void remember(LeadStatus status) {
        names.put(status.id(), status.name());
    }

    @Override
    public void on(DomainEvent event) {
        out.println("      -> " + describe(event));
    }

    /**
     * @param event an event; never null
     * @return one line saying what happened, in the names remembered
     */
    String describe(DomainEvent event) {
        if (event instanceof DealCreated created) {
            return "DealCreated in " + name(created.stage());
        }
        if (event instanceof DealStageChanged changed) {
            return "DealStageChanged " + name(changed.from()) + " -> " + name(changed.to());
        }
        if (event instanceof DealWon won) {
            return "DealWon worth " + MoneyFormat.format(won.value()) + ", closed " + won.closeDate();
        }
        if (event instanceof DealLost lost) {
            return "DealLost on " + lost.closeDate()
                    + (lost.lostReason() == null ? "" : ", reason \"" + name(lost.lostReason()) + "\"")
                    + (lost.lostNote() == null ? "" : ", note \"" + lost.lostNote() + "\"");
        }
        if (event instanceof ContactCreated created) {
            return "ContactCreated, a " + created.type().name().toLowerCase(Locale.ROOT);
        }
        if (event instanceof ContactBecameCustomer customer) {
            return "ContactBecameCustomer " + name(customer.contact());
        }
        if (event instanceof ContactDeleted deleted) {
            return "ContactDeleted " + name(deleted.contact());
        }
        if (event instanceof LeadCreated created) {
            return "LeadCreated in " + name(created.status());
        }
        if (event instanceof LeadLost lost) {
            return "LeadLost" + (lost.lostReason() == null ? "" : ", reason \"" + name(lost.lostReason()) + "\"");
        }
        if (event instanceof LeadConverted converted) {
            return "LeadConverted into a customer" + (converted.company() == null ? "" : ", a company")
                    + (converted.deal() == null ? "" : " and a deal");
        }
        if (event instanceof InteractionLogged logged) {
            return "InteractionLogged, a " + lower(logged.kind()) + " with " + name(logged.contact());
        }
        if (event instanceof ActivityStatusChanged changed) {
            return "ActivityStatusChanged " + lower(changed.from()) + " -> " + lower(changed.to());
        }
        if (event instanceof HealthChanged changed) {
            return "HealthChanged " + name(changed.customer()) + ": " + (changed.from() == null ? "no score"
                    : lower(changed.from())) + " -> " + lower(changed.to()) + ", score " + changed.score();
        }
        if (event instanceof ContactsMerged merged) {
            return "ContactsMerged " + name(merged.source()) + " into " + name(merged.target()) + ", moved "
                    + new TreeMap<>(merged.moved()).entrySet().stream()
                            .map(e -> lower(e.getKey()) + " " + e.getValue())
                            .collect(Collectors.joining(", "));
        }
        return event.getClass().getSimpleName();
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String name(Object id) {
        return names.getOrDefault(id, String.valueOf(id));
    }
}
