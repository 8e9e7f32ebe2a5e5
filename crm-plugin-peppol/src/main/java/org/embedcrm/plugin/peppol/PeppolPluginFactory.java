package org.embedcrm.plugin.peppol;

import java.util.Objects;
import org.embedcrm.plugin.peppol.internal.PeppolParticipantLookup;
import org.embedcrm.plugin.peppol.internal.PeppolSettings;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;

/**
 * Creates the PEPPOL {@link ParticipantLookup}, plugin id {@value #ID}: found by {@link java.util.ServiceLoader} when
 * {@code crm-plugin-peppol} is on the class path, or registered on {@code Crm.builder().plugin(...)}, e.g. with a
 * host's own {@link SmpLocator}.
 *
 * <p>It turns a contact's number into a participant id (Belgian enterprise number under ICD 0208, Belgian VAT
 * number under 9925, the VAT and business-register schemes of the other countries in the Peppol code list), then
 * asks either the participant's SMP, located through the SML in DNS, or the PEPPOL Directory. Answers, "registered"
 * and "not registered" alike, are cached; failures raise
 * {@link org.embedcrm.spi.einvoicing.ParticipantLookupException} and are not cached.
 *
 * <p><b>Settings</b> (all optional; the host sets them as {@code peppol.<name>}):
 * <table>
 *   <caption>PEPPOL plugin settings</caption>
 *   <tr><th>setting</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@code peppol.mode}</td><td>{@code smp}: the SML and the participant's SMP (authoritative);
 *       {@code directory}: the PEPPOL Directory search (lists only participants published there)</td>
 *       <td>{@code smp}</td></tr>
 *   <tr><td>{@code peppol.sml-zone}</td><td>{@code production} ({@code participant.sml.prod.tech.peppol.org}),
 *       {@code test} ({@code participant.sml.test.tech.peppol.org}) or any DNS zone name</td>
 *       <td>{@code production}</td></tr>
 *   <tr><td>{@code peppol.sml-rule}</td><td>{@code naptr}: SHA-256/base32 name with a U-NAPTR record;
 *       {@code legacy-cname}: {@code B-<md5>} name of the SMP host</td><td>{@code naptr}</td></tr>
 *   <tr><td>{@code peppol.smp-url}</td><td>an absolute http(s) URL of the one SMP to ask, skipping DNS (a host's
 *       own SMP, a test SMP)</td><td>none: locate the SMP through the SML</td></tr>
 *   <tr><td>{@code peppol.directory-url}</td><td>the Directory's base URL, e.g.
 *       {@code https://test-directory.peppol.eu}; used in {@code directory} mode</td>
 *       <td>{@code https://directory.peppol.eu}</td></tr>
 *   <tr><td>{@code peppol.cache-ttl}</td><td>an ISO-8601 duration; {@code PT0S} turns the cache off</td>
 *       <td>{@code PT24H}</td></tr>
 *   <tr><td>{@code peppol.timeout}</td><td>a positive ISO-8601 duration: the wait for each DNS answer, for a
 *       connection and for a response</td><td>{@code PT10S}</td></tr>
 * </table>
 * An invalid value makes {@link #create} throw an {@link IllegalArgumentException} that names the setting.
 *
 * <p>The lookup it creates is thread-safe and blocks while it asks: each HTTP exchange is bounded by
 * {@code peppol.timeout}, each DNS query by three times it (JNDI tries again once, waiting twice as long). It holds
 * no resource that needs closing.
 */
public final class PeppolPluginFactory implements PluginFactory<ParticipantLookup> {

    /** The plugin id, and the prefix of its settings. */
    public static final String ID = "peppol";

    private final SmpLocator locator;

    /** The factory {@link java.util.ServiceLoader} creates: it locates SMPs with the JDK's JNDI DNS client. */
    public PeppolPluginFactory() {
        this(null);
    }

    /**
     * @param locator how to find an SMP from its SML name; null to use the JDK's JNDI DNS client with the
     *                {@code peppol.timeout} setting
     */
    public PeppolPluginFactory(SmpLocator locator) {
        this.locator = locator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<ParticipantLookup> providerType() {
        return ParticipantLookup.class;
    }

    @Override
    public ParticipantLookup create(PluginContext context) {
        PeppolSettings settings = PeppolSettings.from(Objects.requireNonNull(context, "context"));
        SmpLocator dns = locator != null ? locator : SmpLocator.dns(settings.timeout());
        return PeppolParticipantLookup.create(settings, dns, context);
    }
}
