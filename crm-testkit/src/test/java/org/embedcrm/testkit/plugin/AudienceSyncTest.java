package org.embedcrm.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.time.Duration;
import java.util.Map;
import org.embedcrm.core.Crm;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;
import org.embedcrm.testkit.RecordingAudience;
import org.embedcrm.testkit.SettableClock;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("audience sync through the outbox")
class AudienceSyncTest {

    private final RecordingAudience audience = new RecordingAudience();
    private final SettableClock clock = SettableClock.startingMonday();
    private final Crm crm = Crm.builder().store(new InMemoryCrmStore())
            .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice"))).clock(clock)
            .phoneRegion("BE").discoverPlugins(false).plugin(new PluginFactory<AudienceSync>() {
                @Override
                public String id() {
                    return "recording-audience";
                }

                @Override
                public Class<AudienceSync> providerType() {
                    return AudienceSync.class;
                }

                @Override
                public AudienceSync create(PluginContext context) {
                    return audience;
                }
            }).build();

    private void later() {
        clock.advance(Duration.ofMinutes(1));
        crm.outbox().deliverDue(clock.instant());
    }

    @Test
    @DisplayName("a new contact becomes a member once the dispatcher runs, not on the caller's thread")
    void created() {
        Contact ann = crm.contacts().create(aPerson().build());
        String email = ann.profile().emails().get(0).value();
        assertThat(audience.calls()).isEmpty();

        later();

        assertThat(audience.status(email)).contains(SubscriptionStatus.SUBSCRIBED);
        assertThat(audience.member(email).orElseThrow().lastName()).isEqualTo(ann.profile().lastName());
    }

    @Test
    @DisplayName("a contact who rejects e-mail is unsubscribed, and a deleted contact is archived")
    void consentAndDeletion() {
        Contact ann = crm.contacts().create(aPerson().build());
        String email = ann.profile().emails().get(0).value();
        later();

        crm.contacts().recordConsent(ann.id(), false, true);
        later();
        assertThat(audience.status(email)).contains(SubscriptionStatus.UNSUBSCRIBED);

        crm.contacts().delete(ann.id());
        later();
        assertThat(audience.status(email)).contains(SubscriptionStatus.ARCHIVED);
    }

    @Test
    @DisplayName("a tag taken off a contact is removed from its member; the others stay")
    void tagRemoved() {
        Tag vip = crm.contactSettings().defineTag("VIP", null);
        Tag fair = crm.contactSettings().defineTag("Fair 2026", null);
        Contact ann = crm.contacts().create(aPerson().tag(vip.id()).tag(fair.id()).build());
        String email = ann.profile().emails().get(0).value();
        later();
        assertThat(audience.tags(email)).containsExactlyInAnyOrder("VIP", "Fair 2026");

        crm.contacts().update(ann.id(), ContactInput.of(ann).untag(fair.id()).build(), ann.version());
        later();

        assertThat(audience.tags(email)).containsExactly("VIP");
        assertThat(audience.calls()).containsOnlyOnce("tags " + email + " +[] -[Fair 2026]");
    }

    @Test
    @DisplayName("a change the audience refuses for good is a dead letter at once, with the audience's code")
    void refused() {
        audience.refusing(true);
        crm.contacts().create(aPerson().build());

        later();

        assertThat(crm.outbox().counts()).isEqualTo(Map.of(OutboxState.DEAD, 1L));
        assertThat(crm.outbox().entries(OutboxState.DEAD, 1)).singleElement()
                .satisfies(e -> assertThat(e.lastError()).contains("audience.unauthorized"));
    }

    @Test
    @DisplayName("an erasure deletes the member for good")
    void erasure() {
        Contact ann = crm.contacts().create(aPerson().build());
        String email = ann.profile().emails().get(0).value();
        later();

        assertThat(crm.audience().erase(email)).isTrue();
        later();

        assertThat(audience.status(email)).isEmpty();
        assertThat(audience.calls()).contains("erase " + email);
    }

    @Test
    @DisplayName("changes made while the audience is down arrive once it is back")
    void down() {
        audience.down(true);
        Contact ann = crm.contacts().create(aPerson().build());
        later();
        assertThat(crm.outbox().counts()).containsEntry(OutboxState.PENDING, 1L);

        audience.down(false);
        clock.advance(Duration.ofMinutes(5));
        crm.outbox().deliverDue(clock.instant());

        assertThat(audience.status(ann.profile().emails().get(0).value())).isPresent();
        assertThat(crm.outbox().counts()).isEqualTo(Map.of(OutboxState.DELIVERED, 1L));
    }

    @Test
    @DisplayName("a bulk sync sends every contact found, page by page")
    void bulk() {
        for (int i = 0; i < 7; i++) {
            crm.contacts().create(aPerson().build());
        }

        var results = crm.audience().syncAll(ContactQuery.firstPage(ContactFilter.activeContacts()));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.synced()).isEqualTo(7));
        assertThat(audience.calls()).contains("bulk 7");
    }
}
