package org.embedcrm.plugin.mailchimp;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.embedcrm.spi.plugin.PluginFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the Mailchimp plugin factory")
class MailchimpPluginFactoryTest {

    private static final String API_KEY = "fedcba9876543210fedcba9876543210-us19";

    @RegisterExtension
    static final WireMockExtension MAILCHIMP = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @Test
    @DisplayName("is found by ServiceLoader as the mailchimp plugin providing an AudienceSync")
    void discoveredByServiceLoader() {
        List<PluginFactory<?>> mailchimp = new ArrayList<>();
        for (PluginFactory<?> factory : ServiceLoader.load(PluginFactory.class)) {
            if (factory.id().equals("mailchimp")) {
                mailchimp.add(factory);
            }
        }

        assertThat(mailchimp).singleElement().isInstanceOf(MailchimpPluginFactory.class)
                .extracting(PluginFactory::providerType).isEqualTo(AudienceSync.class);
    }

    @Test
    @DisplayName("creates a closeable provider from its settings that talks to the configured API")
    void createsAWorkingProvider() throws Exception {
        MAILCHIMP.stubFor(put(urlMatching("/3.0/lists/list42/members/[0-9a-f]{32}"))
                .willReturn(okJson("{\"status\": \"subscribed\"}")));
        AudienceSync audience = new MailchimpPluginFactory().create(new SettingsContext(Map.of("api-key", API_KEY,
                "list-id", "list42", "base-url", MAILCHIMP.baseUrl() + "/3.0")));

        assertThat(audience.upsert(AudienceMember.of("jane@example.com", "Jane", "Doe")))
                .contains(SubscriptionStatus.SUBSCRIBED);
        assertThat(audience.toString()).contains("list42").doesNotContain(API_KEY);
        assertThat(audience).isInstanceOf(AutoCloseable.class);
        ((AutoCloseable) audience).close();
        assertThatThrownBy(() -> audience.archive("jane@example.com")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("refuses to create a provider without a list id, naming the setting")
    void missingSetting() {
        assertThatThrownBy(() -> new MailchimpPluginFactory().create(new SettingsContext(Map.of("api-key", API_KEY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mailchimp.list-id")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
    }
}
