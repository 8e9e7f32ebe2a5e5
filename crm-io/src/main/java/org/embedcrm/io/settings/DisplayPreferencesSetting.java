package org.embedcrm.io.settings;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.preference.ContactCardField;
import org.embedcrm.core.preference.DealCardField;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.RecordView;

/**
 * The display preferences of the settings document: the view each list opens in and what the board cards show
 * (see {@link DisplayPreferences}). Missing parts are reported by the check, not read as defaults.
 *
 * @param contactsView         the view the contact list opens in; null is refused by the check
 * @param leadsView            the view the lead list opens in; null is refused by the check
 * @param dealsView            the view the deal list opens in; null is refused by the check
 * @param contactCard          what a contact card shows besides the name; null is refused by the check
 * @param dealCard             what a deal card shows besides the title; null is refused by the check
 * @param customerNotesOnDeals whether a deal shows its customer's internal notes
 */
public record DisplayPreferencesSetting(RecordView contactsView, RecordView leadsView, RecordView dealsView,
                                        Set<ContactCardField> contactCard, Set<DealCardField> dealCard,
                                        boolean customerNotesOnDeals) {

    /** Copies the sets that are present, null elements included, for the check to report. */
    public DisplayPreferencesSetting {
        contactCard = copy(contactCard);
        dealCard = copy(dealCard);
    }

    /**
     * @param preferences the tenant's display preferences; never null
     * @return them as the document writes them
     */
    public static DisplayPreferencesSetting of(DisplayPreferences preferences) {
        return new DisplayPreferencesSetting(preferences.contactsView(), preferences.leadsView(),
                preferences.dealsView(), preferences.contactCard(), preferences.dealCard(),
                preferences.customerNotesOnDeals());
    }

    /**
     * @return these as the core's display preferences
     * @throws ValidationException {@code display-preference.required} for each missing part
     */
    public DisplayPreferences toPreferences() {
        return new DisplayPreferences(contactsView, leadsView, dealsView, contactCard, dealCard,
                customerNotesOnDeals);
    }

    private static <E> Set<E> copy(Set<E> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
