package org.embedcrm.plugin.mailchimp.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.embedcrm.plugin.mailchimp.internal.Payloads.BatchRefusal;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.embedcrm.spi.audience.BulkSyncResult;

/**
 * One bulk sync, in two passes that keep consent intact. First, contacts who did not reject email go to
 * Mailchimp's batch subscribe, at most {@value #BATCH_LIMIT} per call, which creates the new members only and
 * leaves existing ones, with their status, alone. Then every existing member, and every contact who rejected
 * email, is upserted one by one on the worker threads, as {@link AudienceSync#upsert} does.
 */
final class BulkSync {

    /** Mailchimp's batch subscribe takes at most 500 members per call. */
    static final int BATCH_LIMIT = 500;

    private final AudienceSync audience;
    private final ExecutorService workers;
    private final Function<List<AudienceMember>, String> batchSubscribe;
    private final Payloads payloads;

    /**
     * @param audience       upserts one member; never null
     * @param workers        runs the one-by-one upserts; never null
     * @param batchSubscribe sends one batch of at most {@value #BATCH_LIMIT} members and returns the answer
     * @param payloads       reads the answer; never null
     */
    BulkSync(AudienceSync audience, ExecutorService workers,
             Function<List<AudienceMember>, String> batchSubscribe, Payloads payloads) {
        this.audience = audience;
        this.workers = workers;
        this.batchSubscribe = batchSubscribe;
        this.payloads = payloads;
    }

    BulkSyncResult run(List<AudienceMember> members) {
        List<AudienceMember> unique = withoutRepeatedEmails(members);
        Map<AudienceMember, Outcome> outcomes = new LinkedHashMap<>();
        List<AudienceMember> oneByOne = new ArrayList<>();
        List<AudienceMember> consenting = unique.stream().filter(Predicate.not(AudienceMember::emailRejected))
                .toList();
        for (int from = 0; from < consenting.size(); from += BATCH_LIMIT) {
            List<AudienceMember> batch = consenting.subList(from, Math.min(from + BATCH_LIMIT, consenting.size()));
            Map<String, BatchRefusal> refusals = payloads.refusals(batchSubscribe.apply(batch)).stream()
                    .collect(Collectors.toMap(BatchRefusal::email, refusal -> refusal, (first, second) -> first));
            for (AudienceMember member : batch) {
                BatchRefusal refusal = refusals.get(key(member));
                if (refusal == null) {
                    outcomes.put(member, Outcome.SYNCED);
                } else if (refusal.memberExists()) {
                    oneByOne.add(member);
                } else {
                    outcomes.put(member, Outcome.failed(refusal.reason()));
                }
            }
        }
        unique.stream().filter(AudienceMember::emailRejected).forEach(oneByOne::add);
        outcomes.putAll(upsertEach(oneByOne));
        return tally(unique, outcomes, members.size() - unique.size());
    }

    private Map<AudienceMember, Outcome> upsertEach(List<AudienceMember> members) {
        List<Callable<Outcome>> upserts = members.stream().<Callable<Outcome>>map(member -> () -> {
            try {
                return audience.upsert(member).isPresent() ? Outcome.SYNCED : Outcome.SKIPPED;
            } catch (AudienceSyncException e) {
                return Outcome.failed(e.getMessage());
            }
        }).toList();
        try {
            List<Future<Outcome>> done = workers.invokeAll(upserts);
            Map<AudienceMember, Outcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                outcomes.put(members.get(i), done.get(i).get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.interrupted("sync members one by one", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException("an upsert failed unexpectedly", e.getCause());
        }
    }

    private static BulkSyncResult tally(List<AudienceMember> members, Map<AudienceMember, Outcome> outcomes,
                                        int repeated) {
        int synced = 0;
        int skipped = repeated;
        Map<String, String> errors = new LinkedHashMap<>();
        for (AudienceMember member : members) {
            Outcome outcome = outcomes.get(member);
            if (outcome.error() != null) {
                errors.put(member.email(), outcome.error());
            } else if (outcome.synced()) {
                synced++;
            } else {
                skipped++;
            }
        }
        return new BulkSyncResult(synced, skipped, errors);
    }

    private static List<AudienceMember> withoutRepeatedEmails(List<AudienceMember> members) {
        Set<String> seen = new HashSet<>();
        return members.stream().filter(member -> seen.add(key(member))).toList();
    }

    private static String key(AudienceMember member) {
        return member.email().toLowerCase(Locale.ROOT);
    }

    /**
     * What became of one member.
     *
     * @param synced whether it was added or updated
     * @param error  Mailchimp's reason for refusing it; null unless it was refused
     */
    private record Outcome(boolean synced, String error) {

        static final Outcome SYNCED = new Outcome(true, null);
        static final Outcome SKIPPED = new Outcome(false, null);

        static Outcome failed(String error) {
            return new Outcome(false, error);
        }
    }
}
