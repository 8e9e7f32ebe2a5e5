package org.embedcrm.plugin.mailchimp;

import org.embedcrm.plugin.mailchimp.internal.MailchimpAudienceSync;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;

/**
 * Creates the {@link AudienceSync} that keeps one Mailchimp audience (list) in step with the CRM's contacts
 * through the Marketing API v3. Found by {@link java.util.ServiceLoader} when this jar is on the class path, or
 * registered with {@code Crm.builder().plugin(new MailchimpPluginFactory())}; its id is {@value #ID}.
 *
 * <p><b>Settings</b> (given to the {@code Crm} with the {@code mailchimp.} prefix):
 * <table>
 *   <caption>Mailchimp plugin settings</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code mailchimp.api-key}</td><td>required</td><td>the API key, e.g. {@code 0123...cdef-us6};
 *       its suffix is the data center. Sent as HTTP Basic password; never logged nor shown in messages.</td></tr>
 *   <tr><td>{@code mailchimp.list-id}</td><td>required</td><td>the audience id, e.g. {@code a1b2c3d4e5}</td></tr>
 *   <tr><td>{@code mailchimp.base-url}</td><td>{@code https://<dc>.api.mailchimp.com/3.0}</td><td>the API
 *       root; set it only to call a stub or a proxy</td></tr>
 *   <tr><td>{@code mailchimp.merge-fields}</td><td>none</td><td>extra merge fields filled from contact
 *       attributes, as {@code TAG=attribute} pairs separated by commas, e.g. {@code COMPANY=company, CITY=city};
 *       {@code FNAME} and {@code LNAME} always carry the first and last name</td></tr>
 *   <tr><td>{@code mailchimp.double-opt-in}</td><td>{@code false}</td><td>when {@code true}, new members are
 *       {@code pending} until they confirm by email, instead of {@code subscribed}</td></tr>
 *   <tr><td>{@code mailchimp.max-attempts}</td><td>{@code 5}</td><td>how many times a throttled (429), failed
 *       (5xx) or unanswered call is tried, 1 to 10</td></tr>
 *   <tr><td>{@code mailchimp.max-connections}</td><td>{@code 10}</td><td>calls in flight at once, 1 to 10;
 *       Mailchimp allows 10 per user, shared by every application using the same account</td></tr>
 *   <tr><td>{@code mailchimp.initial-backoff}</td><td>{@code PT1S}</td><td>ISO-8601 delay ceiling before the
 *       first retry; it doubles at each retry, and each delay is drawn between half and all of it</td></tr>
 *   <tr><td>{@code mailchimp.max-backoff}</td><td>{@code PT1M}</td><td>the largest delay ceiling</td></tr>
 * </table>
 *
 * <p>A missing or invalid setting fails {@link #create} with an {@link IllegalArgumentException} naming it; the
 * API key's value is never repeated.
 *
 * <p>The provider is thread-safe and {@link AutoCloseable}: it owns up to {@code max-connections} threads for
 * bulk syncs, which closing it stops.
 */
public final class MailchimpPluginFactory implements PluginFactory<AudienceSync> {

    /** The plugin's id, also the prefix of its settings. */
    public static final String ID = "mailchimp";

    /** Creates the factory; {@link java.util.ServiceLoader} needs this public constructor. */
    public MailchimpPluginFactory() {
        // nothing to prepare: settings are read in create
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<AudienceSync> providerType() {
        return AudienceSync.class;
    }

    /**
     * @param context the {@code mailchimp.*} settings and the host's clock; never null
     * @return a thread-safe {@link AudienceSync} that is also {@link AutoCloseable}; never null
     * @throws IllegalArgumentException naming the first setting that is missing or invalid
     */
    @Override
    public AudienceSync create(PluginContext context) {
        return MailchimpAudienceSync.create(context);
    }
}
