package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.preference.ContactCardField;
import org.embedcrm.core.preference.DealCardField;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.RecordView;
import org.embedcrm.core.preference.TimelineVisibility;
import org.embedcrm.core.shared.TenantId;

/**
 * A row of {@code embedcrm_preferences}: one tenant's saved preferences. The row's version is the record's version
 * less one, since a tenant that never saved has the defaults at version 0.
 */
@Entity(name = "EmbedCrmPreferences")
@Table(name = "embedcrm_preferences")
class PreferencesEntity implements Versioned {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(name = "contacts_view", nullable = false, length = 5)
    private String contactsView;

    @Column(name = "leads_view", nullable = false, length = 5)
    private String leadsView;

    @Column(name = "deals_view", nullable = false, length = 5)
    private String dealsView;

    @Column(name = "contact_card", nullable = false, length = 200)
    private String contactCard;

    @Column(name = "deal_card", nullable = false, length = 200)
    private String dealCard;

    @Column(name = "customer_notes_on_deals", nullable = false)
    private boolean customerNotesOnDeals;

    @Column(name = "contact_timeline", nullable = false, length = 200)
    private String contactTimeline;

    @Column(name = "lead_timeline", nullable = false, length = 200)
    private String leadTimeline;

    @Column(name = "deal_timeline", nullable = false, length = 200)
    private String dealTimeline;

    protected PreferencesEntity() {
    }

    PreferencesEntity(Preferences preferences) {
        this.tenantId = preferences.tenant().value();
        copy(preferences);
    }

    void copy(Preferences preferences) {
        DisplayPreferences display = preferences.display();
        this.contactsView = display.contactsView().name();
        this.leadsView = display.leadsView().name();
        this.dealsView = display.dealsView().name();
        this.contactCard = names(display.contactCard());
        this.dealCard = names(display.dealCard());
        this.customerNotesOnDeals = display.customerNotesOnDeals();
        TimelineVisibility timeline = preferences.timeline();
        this.contactTimeline = names(timeline.of(RecordKind.CONTACT));
        this.leadTimeline = names(timeline.of(RecordKind.LEAD));
        this.dealTimeline = names(timeline.of(RecordKind.DEAL));
    }

    Preferences toPreferences() {
        Map<RecordKind, Set<TimelineKind>> shown = new EnumMap<>(RecordKind.class);
        shown.put(RecordKind.CONTACT, values(contactTimeline, TimelineKind.class));
        shown.put(RecordKind.LEAD, values(leadTimeline, TimelineKind.class));
        shown.put(RecordKind.DEAL, values(dealTimeline, TimelineKind.class));
        return new Preferences(new TenantId(tenantId), version + 1, new DisplayPreferences(
                RecordView.valueOf(contactsView), RecordView.valueOf(leadsView), RecordView.valueOf(dealsView),
                values(contactCard, ContactCardField.class), values(dealCard, DealCardField.class),
                customerNotesOnDeals), new TimelineVisibility(shown));
    }

    @Override
    public long version() {
        return version;
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return TextLists.encode(values.stream().map(Enum::name).toList());
    }

    private static <E extends Enum<E>> Set<E> values(String text, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        TextLists.decode(text).forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }
}
