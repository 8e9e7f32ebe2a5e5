package org.embedcrm.plugin.mailchimp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.API_KEY;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.embedcrm.plugin.mailchimp.SettingsContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the plugin's settings")
class MailchimpSettingsTest {

    @Test
    @DisplayName("call the data center the API key ends in, with Mailchimp's limits as defaults")
    void defaults() {
        MailchimpSettings settings = MailchimpSettings.from(new SettingsContext(minimal()));

        assertThat(settings.apiRoot()).isEqualTo(URI.create("https://us6.api.mailchimp.com/3.0"));
        assertThat(settings.listId()).isEqualTo("a1b2c3d4e5");
        assertThat(settings.maxAttempts()).isEqualTo(5);
        assertThat(settings.maxConnections()).isEqualTo(10);
        assertThat(settings.doubleOptIn()).isFalse();
        assertThat(settings.mergeFields().attributeByTag()).isEmpty();
        assertThat(settings.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.maxBackoff()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    @DisplayName("take an explicit base URL, without its trailing slash")
    void explicitBaseUrl() {
        Map<String, String> values = minimal();
        values.put("base-url", "http://127.0.0.1:8089/3.0/");

        assertThat(MailchimpSettings.from(new SettingsContext(values)).apiRoot())
                .isEqualTo(URI.create("http://127.0.0.1:8089/3.0"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "api-key, ''",
            "api-key, 0123456789abcdef0123456789abcdef",
            "api-key, 0123456789abcdef0123456789abcdef-us6/evil",
            "list-id, ../other",
            "base-url, ftp://example.com",
            "max-attempts, 0",
            "max-attempts, 11",
            "max-attempts, five",
            "max-connections, 11",
            "double-opt-in, yes",
            "merge-fields, FNAME=firstName",
            "initial-backoff, 1s",
            "max-backoff, PT0.5S"})
    @DisplayName("refuse a bad value, naming the setting and never repeating the key")
    void refusesBadValues(String name, String value) {
        Map<String, String> values = minimal();
        values.put(name, value);

        assertThatThrownBy(() -> MailchimpSettings.from(new SettingsContext(values)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mailchimp." + name)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("0123456789abcdef"));
    }

    @ParameterizedTest
    @CsvSource({"api-key", "list-id"})
    @DisplayName("require the API key and the list id, naming the one missing")
    void requiresKeyAndList(String name) {
        Map<String, String> values = minimal();
        values.remove(name);

        assertThatThrownBy(() -> MailchimpSettings.from(new SettingsContext(values)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mailchimp." + name);
    }

    @Test
    @DisplayName("never show the API key in their text, only its data center")
    void hideTheKey() {
        MailchimpSettings settings = MailchimpSettings.from(new SettingsContext(minimal()));

        assertThat(settings.toString()).doesNotContain(API_KEY).doesNotContain("0123456789abcdef").contains("us6");
        assertThat(settings.apiKey().authorization()).doesNotContain(API_KEY);
    }

    private static Map<String, String> minimal() {
        Map<String, String> values = new HashMap<>();
        values.put("api-key", API_KEY);
        values.put("list-id", "a1b2c3d4e5");
        return values;
    }
}
