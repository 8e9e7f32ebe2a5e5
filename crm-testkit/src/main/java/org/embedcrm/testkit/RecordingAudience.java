package org.embedcrm.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.embedcrm.spi.audience.BulkSyncResult;
import org.embedcrm.spi.audience.SubscriptionStatus;

/**
 * A marketing audience in memory that keeps the consent rules of the {@link AudienceSync} contract and records
 * every call; can be taken down to play an unreachable audience.
 */
public final class RecordingAudience implements AudienceSync {

    private final Map<String, AudienceMember> members = new ConcurrentHashMap<>();
    private final Map<String, SubscriptionStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tags = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile boolean refusing;

    @Override
    public Optional<SubscriptionStatus> upsert(AudienceMember member) {
        call("upsert " + member.email());
        String key = member.email().toLowerCase();
        SubscriptionStatus current = statuses.get(key);
        if (current == null && member.emailRejected()) {
            return Optional.empty();
        }
        SubscriptionStatus status = member.emailRejected() ? SubscriptionStatus.UNSUBSCRIBED
                : current == null ? SubscriptionStatus.SUBSCRIBED : current;
        members.put(key, member);
        statuses.put(key, status);
        tags.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>()).addAll(member.tags());
        return Optional.of(status);
    }

    @Override
    public void updateTags(String email, Set<String> added, Set<String> removed) {
        call("tags " + email + " +" + new TreeSet<>(added) + " -" + new TreeSet<>(removed));
        Set<String> memberTags = tags.get(email.toLowerCase());
        if (memberTags == null) {
            throw new AudienceSyncException(AudienceSyncException.NOT_FOUND, "no member has the address " + email, 404,
                    false, "Resource Not Found", "", null);
        }
        memberTags.addAll(added);
        memberTags.removeAll(removed);
    }

    @Override
    public void archive(String email) {
        call("archive " + email);
        statuses.computeIfPresent(email.toLowerCase(), (k, v) -> SubscriptionStatus.ARCHIVED);
    }

    @Override
    public void erase(String email) {
        call("erase " + email);
        members.remove(email.toLowerCase());
        statuses.remove(email.toLowerCase());
        tags.remove(email.toLowerCase());
    }

    @Override
    public BulkSyncResult syncAll(List<AudienceMember> batch) {
        call("bulk " + batch.size());
        int synced = 0;
        for (AudienceMember member : batch) {
            if (upsert(member).isPresent()) {
                synced++;
            }
        }
        return new BulkSyncResult(synced, batch.size() - synced, Map.of());
    }

    /**
     * @param email an address
     * @return the member's status, if the audience holds it
     */
    public Optional<SubscriptionStatus> status(String email) {
        return Optional.ofNullable(statuses.get(email.toLowerCase()));
    }

    /**
     * @param email an address
     * @return the member as last synced, if the audience holds it
     */
    public Optional<AudienceMember> member(String email) {
        return Optional.ofNullable(members.get(email.toLowerCase()));
    }

    /**
     * @param email an address
     * @return the member's tags: those every upsert added, less those removed since; empty when it holds no member
     */
    public Set<String> tags(String email) {
        return Set.copyOf(tags.getOrDefault(email.toLowerCase(), Set.of()));
    }

    /** @return every call received, e.g. {@code upsert ann@example.org}, oldest first */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** @param value whether every call fails from now on, as an audience that cannot be reached */
    public void down(boolean value) {
        this.down = value;
    }

    /** @param value whether every call is refused for good from now on, as with a revoked API key */
    public void refusing(boolean value) {
        this.refusing = value;
    }

    private void call(String description) {
        if (refusing) {
            throw new AudienceSyncException(AudienceSyncException.UNAUTHORIZED, "the API key was revoked", 401, false,
                    "API Key Invalid", "", null);
        }
        if (down) {
            throw new AudienceSyncException(AudienceSyncException.UNREACHABLE, "the audience is down", 0, true, "",
                    "", null);
        }
        calls.add(description);
    }
}
