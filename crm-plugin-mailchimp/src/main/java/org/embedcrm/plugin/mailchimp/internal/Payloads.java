package org.embedcrm.plugin.mailchimp.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.embedcrm.spi.audience.SubscriptionStatus;

/** The JSON the plugin sends to and reads from the Marketing API v3, in Mailchimp's snake_case field names. */
final class Payloads {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final MergeFieldMapping mergeFields;
    private final String statusIfNew;

    /**
     * @param mergeFields which attributes fill which extra merge fields; never null
     * @param doubleOptIn whether new members must confirm by email first
     */
    Payloads(MergeFieldMapping mergeFields, boolean doubleOptIn) {
        this.mergeFields = mergeFields;
        this.statusIfNew = doubleOptIn ? "pending" : "subscribed";
    }

    /**
     * The body of an upsert ({@code PUT} on the member): {@code status_if_new} and no {@code status}, so that an
     * existing member keeps its status and an unsubscribed one is never subscribed again.
     */
    String upsert(AudienceMember member) {
        return write(new Upsert(member.email(), statusIfNew, mergeFieldsOf(member)));
    }

    /** The body that unsubscribes an existing member ({@code PATCH}, which never creates one). */
    String unsubscribe(AudienceMember member) {
        return write(new Unsubscribe("unsubscribed", mergeFieldsOf(member)));
    }

    /** The body of the tags call: added tags {@code active}, removed ones {@code inactive}. */
    String tags(Set<String> added, Set<String> removed) {
        return write(new Tags(Stream.concat(added.stream().map(name -> new Tag(name, "active")),
                removed.stream().map(name -> new Tag(name, "inactive"))).toList()));
    }

    /**
     * The body of a batch subscribe that creates new members only: with {@code update_existing} false, Mailchimp
     * leaves every existing member's status alone and refuses it as {@code ERROR_CONTACT_EXISTS}.
     */
    String batchSubscribe(List<AudienceMember> members) {
        return write(new Batch(members.stream().map(member -> new BatchMember(member.email(), statusIfNew,
                mergeFieldsOf(member), member.tags())).toList(), false));
    }

    /** @return the status of the member object Mailchimp answered with */
    SubscriptionStatus status(String member) {
        String status = read(member, Member.class).status();
        return status == null ? SubscriptionStatus.OTHER : switch (status) {
            case "subscribed" -> SubscriptionStatus.SUBSCRIBED;
            case "unsubscribed" -> SubscriptionStatus.UNSUBSCRIBED;
            case "pending" -> SubscriptionStatus.PENDING;
            case "cleaned" -> SubscriptionStatus.CLEANED;
            case "transactional" -> SubscriptionStatus.TRANSACTIONAL;
            case "archived" -> SubscriptionStatus.ARCHIVED;
            default -> SubscriptionStatus.OTHER;
        };
    }

    /** @return the members a batch subscribe refused, from its answer */
    List<BatchRefusal> refusals(String batchReply) {
        List<BatchRefusal> refusals = new ArrayList<>();
        for (BatchError error : Optional.ofNullable(read(batchReply, BatchReply.class).errors()).orElse(List.of())) {
            StringBuilder reason = new StringBuilder(Objects.requireNonNullElse(error.error(), "refused"));
            if (error.errorCode() != null) {
                reason.append(" (").append(error.errorCode()).append(')');
            }
            if (error.field() != null) {
                reason.append("; ").append(error.field()).append(": ").append(error.fieldMessage());
            }
            refusals.add(new BatchRefusal(Objects.requireNonNullElse(error.emailAddress(), "").toLowerCase(Locale.ROOT),
                    reason.toString(), "ERROR_CONTACT_EXISTS".equals(error.errorCode())));
        }
        return refusals;
    }

    /**
     * @param body an error answer's body, possibly not JSON at all
     * @return its RFC 7807 problem, when it holds one
     */
    Optional<Problem> problem(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try {
            Problem problem = JSON.readValue(body, Problem.class);
            return problem.title() == null && problem.detail() == null ? Optional.empty() : Optional.of(problem);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private Map<String, String> mergeFieldsOf(AudienceMember member) {
        return mergeFields.mergeFields(member.firstName(), member.lastName(), member.attributes());
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain records of strings always serialize", e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new AudienceSyncException(AudienceSyncException.INVALID_RESPONSE,
                    "Mailchimp answered with a " + type.getSimpleName() + " the plugin cannot read: "
                            + e.getOriginalMessage(), 200, false, "", "", e);
        }
    }

    /**
     * A member a batch subscribe refused.
     *
     * @param email        its email address, lower-cased
     * @param reason       Mailchimp's reason, for a human
     * @param memberExists whether it was refused only because it is already a member
     */
    record BatchRefusal(String email, String reason, boolean memberExists) {
    }

    /** An RFC 7807 problem document, with the per-field errors Mailchimp adds on validation failures. */
    record Problem(String title, String detail, List<FieldError> errors) {

        /** A field Mailchimp refused, e.g. a merge field that is required. */
        record FieldError(String field, String message) {
        }
    }

    record Upsert(String emailAddress, String statusIfNew, Map<String, String> mergeFields) {
    }

    record Unsubscribe(String status, Map<String, String> mergeFields) {
    }

    record Tag(String name, String status) {
    }

    record Tags(List<Tag> tags) {
    }

    record BatchMember(String emailAddress, String status, Map<String, String> mergeFields, Set<String> tags) {
    }

    record Batch(List<BatchMember> members, boolean updateExisting) {
    }

    record Member(String status) {
    }

    record BatchError(String emailAddress, String error, String errorCode, String field, String fieldMessage) {
    }

    record BatchReply(List<BatchError> errors) {
    }
}
