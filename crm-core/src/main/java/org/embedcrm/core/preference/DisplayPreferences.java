package org.embedcrm.core.preference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/**
 * How a tenant's users see their lists by default: the view each list opens in, what the cards of the contact and
 * deal boards show, and whether a deal shows its customer's internal notes. The host's screens read them; the
 * core's queries return every field either way. Start from {@link #defaults()} and change one thing at a time.
 *
 * @param contactsView         the view the contact list opens in; never null
 * @param leadsView            the view the lead list opens in; never null
 * @param dealsView            the view the deal list opens in; never null
 * @param contactCard          what a contact card shows besides the name; never null, may be empty
 * @param dealCard             what a deal card shows besides the title; never null, may be empty
 * @param customerNotesOnDeals whether a deal shows its customer's internal notes
 */
public record DisplayPreferences(RecordView contactsView, RecordView leadsView, RecordView dealsView,
                                 Set<ContactCardField> contactCard, Set<DealCardField> dealCard,
                                 boolean customerNotesOnDeals) {

    /** The code of a missing view or card field set, or of a card field set holding null. */
    public static final String REQUIRED = "display-preference.required";

    /** Rejects every missing part at once, each under its field. */
    public DisplayPreferences {
        List<Violation> violations = new ArrayList<>();
        require("contactsView", contactsView, violations);
        require("leadsView", leadsView, violations);
        require("dealsView", dealsView, violations);
        contactCard = fields("contactCard", contactCard, ContactCardField.class, violations);
        dealCard = fields("dealCard", dealCard, DealCardField.class, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * @return what a fresh tenant gets: contacts and leads open as lists, deals as a board; contact cards show
     *         tags, assignees, rating and internal notes; deal cards show value, assignee, customer and company;
     *         deals do not show their customer's notes
     */
    public static DisplayPreferences defaults() {
        return new DisplayPreferences(RecordView.LIST, RecordView.LIST, RecordView.BOARD,
                EnumSet.allOf(ContactCardField.class),
                EnumSet.of(DealCardField.VALUE, DealCardField.ASSIGNEE, DealCardField.CUSTOMER, DealCardField.COMPANY),
                false);
    }

    /**
     * @param value the view the contact list opens in; never null
     * @return these preferences with that view
     */
    public DisplayPreferences withContactsView(RecordView value) {
        return new DisplayPreferences(value, leadsView, dealsView, contactCard, dealCard, customerNotesOnDeals);
    }

    /**
     * @param value the view the lead list opens in; never null
     * @return these preferences with that view
     */
    public DisplayPreferences withLeadsView(RecordView value) {
        return new DisplayPreferences(contactsView, value, dealsView, contactCard, dealCard, customerNotesOnDeals);
    }

    /**
     * @param value the view the deal list opens in; never null
     * @return these preferences with that view
     */
    public DisplayPreferences withDealsView(RecordView value) {
        return new DisplayPreferences(contactsView, leadsView, value, contactCard, dealCard, customerNotesOnDeals);
    }

    /**
     * @param value what a contact card shows besides the name; never null
     * @return these preferences with those fields
     */
    public DisplayPreferences withContactCard(Set<ContactCardField> value) {
        return new DisplayPreferences(contactsView, leadsView, dealsView, value, dealCard, customerNotesOnDeals);
    }

    /**
     * @param value what a deal card shows besides the title; never null
     * @return these preferences with those fields
     */
    public DisplayPreferences withDealCard(Set<DealCardField> value) {
        return new DisplayPreferences(contactsView, leadsView, dealsView, contactCard, value, customerNotesOnDeals);
    }

    /**
     * @param value whether a deal shows its customer's internal notes
     * @return these preferences with that choice
     */
    public DisplayPreferences withCustomerNotesOnDeals(boolean value) {
        return new DisplayPreferences(contactsView, leadsView, dealsView, contactCard, dealCard, value);
    }

    private static void require(String field, Object value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED, field + " is required"));
        }
    }

    private static <E extends Enum<E>> Set<E> fields(String field, Collection<E> value, Class<E> type,
                                                     List<Violation> violations) {
        if (value == null || value.stream().anyMatch(Objects::isNull)) {
            violations.add(new Violation(field, REQUIRED, field + " lists the fields shown, none of them null"));
            return Set.of();
        }
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(value);
        return Collections.unmodifiableSet(copy);
    }
}
