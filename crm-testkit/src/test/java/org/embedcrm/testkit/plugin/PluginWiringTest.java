package org.embedcrm.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notifier;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("plugin factories")
class PluginWiringTest {

    private final List<String> log = new ArrayList<>();

    private Crm.Builder builder() {
        return Crm.builder().store(new InMemoryCrmStore())
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice"))).discoverPlugins(false);
    }

    private PluginFactory<Notifier> notifier(String id, int order) {
        return new PluginFactory<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<Notifier> providerType() {
                return Notifier.class;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Notifier create(PluginContext context) {
                log.add("create " + id + " with " + context.setting("channel").orElse("no channel"));
                return new ClosingNotifier(id);
            }
        };
    }

    private final class ClosingNotifier implements Notifier, AutoCloseable {
        private final String id;

        private ClosingNotifier(String id) {
            this.id = id;
        }

        @Override
        public void send(org.embedcrm.spi.notification.Notification notification) {
            log.add(id + " sends " + notification.subject());
        }

        @Override
        public void close() {
            log.add("close " + id);
        }
    }

    @Test
    @DisplayName("are created in order with their own settings, and their providers are closed in reverse")
    void lifecycle() {
        Crm crm = builder().plugin(notifier("slack", 20)).plugin(notifier("mail", 10))
                .setting("slack.channel", "#sales").setting("mail.other", "x").build();

        crm.close();

        assertThat(log).containsExactly("create mail with no channel", "create slack with #sales", "close slack",
                "close mail");
    }

    @Test
    @DisplayName("a plugin's notifier receives notifications through the outbox")
    void used() {
        Crm crm = builder().plugin(notifier("mail", 0)).build();

        crm.outbox().enqueue("notification", java.util.Map.of("tenant", "acme", "recipient", "bob", "kind", "k",
                "subject", "Hi", "occurredAt", "2026-01-01T00:00:00Z"));

        assertThat(log).contains("mail sends Hi");
    }

    @Test
    @DisplayName("a plugin offering an unknown extension point, or refusing its settings, stops the build clearly")
    void refused() {
        PluginFactory<Runnable> odd = new PluginFactory<>() {
            @Override
            public String id() {
                return "odd";
            }

            @Override
            public Class<Runnable> providerType() {
                return Runnable.class;
            }

            @Override
            public Runnable create(PluginContext context) {
                return () -> { };
            }
        };
        PluginFactory<Notifier> strict = new PluginFactory<>() {
            @Override
            public String id() {
                return "strict";
            }

            @Override
            public Class<Notifier> providerType() {
                return Notifier.class;
            }

            @Override
            public Notifier create(PluginContext context) {
                context.requiredSetting("api-key");
                return n -> { };
            }
        };

        assertThatThrownBy(() -> builder().plugin(odd).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd").hasMessageContaining("not an extension point");
        assertThatThrownBy(() -> builder().plugin(strict).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strict.api-key");
    }
}
