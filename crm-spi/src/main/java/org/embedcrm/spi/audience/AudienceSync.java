package org.embedcrm.spi.audience;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one marketing audience in step with the CRM's contacts: adds and updates members, tags them, archives them
 * when their contact is deleted and erases them when their contact is erased. A plugin offers one through a
 * {@link org.embedcrm.spi.plugin.PluginFactory PluginFactory&lt;AudienceSync&gt;}.
 *
 * <p><b>Consent.</b> Every implementation honours two rules, whatever the caller asks: a contact who rejected
 * email is never subscribed, and a member who unsubscribed in the audience is never subscribed again by a sync.
 *
 * <p><b>Threading and delivery.</b> Called from any thread, concurrently, usually by the outbox dispatcher after
 * the change committed; implementations are thread-safe. Every method is idempotent, so a call repeated after a
 * failure or delivered twice has the effect of one. A provider that holds connections or threads implements
 * {@link AutoCloseable}.
 *
 * <p><b>Errors.</b> Every method throws {@link AudienceSyncException} when the audience refused the change or
 * could not be reached; {@link AudienceSyncException#retryable()} says whether trying again later may succeed.
 */
public interface AudienceSync {

    /**
     * Adds the contact to the audience or updates the member it already is: email, name, mapped attributes and
     * tags (tags are added, never removed here). A new member is subscribed unless the contact rejected email; an
     * existing member keeps its subscription status, except that a contact who rejected email is unsubscribed. A
     * contact who rejected email and is not in the audience is not added.
     *
     * @param member the contact as the audience should see it; never null
     * @return the member's subscription status after the call; empty when the contact rejected email and is not
     *         in the audience, so nothing was stored; never null
     */
    Optional<SubscriptionStatus> upsert(AudienceMember member);

    /**
     * Adds and removes tags of an existing member; tags named in neither set stay as they are.
     *
     * @param email   the member's email address, in any case; never null
     * @param added   tags the member gets; never null, may be empty
     * @param removed tags the member loses; never null, may be empty
     * @throws AudienceSyncException with code {@link AudienceSyncException#NOT_FOUND} when no member has that email
     */
    void updateTags(String email, Set<String> added, Set<String> removed);

    /**
     * Archives the member, as when its contact is deleted: it leaves the audience but can be added back. Does
     * nothing when no member has that email.
     *
     * @param email the member's email address, in any case; never null
     */
    void archive(String email);

    /**
     * Deletes the member and all its personal data for good, as when its contact is erased: it can never be
     * imported again. Does nothing when no member has that email.
     *
     * @param email the member's email address, in any case; never null
     */
    void erase(String email);

    /**
     * Upserts many contacts at once, as {@link #upsert} would one by one, but in as few calls as the audience
     * allows. A member the audience refuses does not stop the others; it is reported in the result. Repeated
     * emails (ignoring case) are synced once.
     *
     * @param members the contacts to sync; never null, may be empty
     * @return how many were synced, skipped or refused, with each refusal's reason; never null
     * @throws AudienceSyncException when a whole call failed; the sync is safe to repeat
     */
    BulkSyncResult syncAll(List<AudienceMember> members);
}
