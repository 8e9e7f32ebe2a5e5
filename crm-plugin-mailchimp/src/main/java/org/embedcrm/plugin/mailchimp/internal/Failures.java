package org.embedcrm.plugin.mailchimp.internal;

import static org.embedcrm.spi.audience.AudienceSyncException.NOT_FOUND;
import static org.embedcrm.spi.audience.AudienceSyncException.RATE_LIMITED;
import static org.embedcrm.spi.audience.AudienceSyncException.REJECTED;
import static org.embedcrm.spi.audience.AudienceSyncException.UNAUTHORIZED;
import static org.embedcrm.spi.audience.AudienceSyncException.UNAVAILABLE;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.embedcrm.spi.audience.AudienceSyncException;

/**
 * Turns what went wrong in a call to Mailchimp into an {@link AudienceSyncException}: the code and whether a retry
 * may help follow from the HTTP status, the title and detail from the problem document Mailchimp sends. Text from
 * the answer passes through {@link ApiKey#redact} so that the key never reaches a message.
 */
final class Failures {

    private final ApiKey apiKey;
    private final Payloads payloads;

    Failures(ApiKey apiKey, Payloads payloads) {
        this.apiKey = apiKey;
        this.payloads = payloads;
    }

    /**
     * @param operation what the call was for, e.g. {@code upsert a member}; never null
     * @param status    the HTTP status, not 2xx
     * @param body      the answer's body; never null, may be empty
     * @param attempts  how many attempts were made so far, at least 1
     * @return the failure; never null
     */
    AudienceSyncException answered(String operation, int status, String body, int attempts) {
        Optional<Payloads.Problem> problem = payloads.problem(body);
        String title = apiKey.redact(problem.map(Payloads.Problem::title).orElse(""));
        String detail = apiKey.redact(problem.map(Failures::detailOf).orElse(""));
        // At very high volumes Mailchimp throttles with a bare 403 or 429: no problem document, worth a retry.
        boolean throttled = status == 429 || status == 403 && problem.isEmpty();
        String code;
        if (throttled) {
            code = RATE_LIMITED;
        } else if (status == 401 || status == 403) {
            code = UNAUTHORIZED;
        } else if (status == 404) {
            code = NOT_FOUND;
        } else if (status >= 500) {
            code = UNAVAILABLE;
        } else {
            code = REJECTED;
        }
        boolean retryable = throttled || status >= 500;
        String message = "Mailchimp could not " + operation + ": HTTP " + status
                + (title.isEmpty() ? "" : " " + title) + (detail.isEmpty() ? "" : ": " + detail)
                + givenUp(retryable, attempts);
        return new AudienceSyncException(code, message, status, retryable, title, detail, null);
    }

    /**
     * @param operation what the call was for; never null
     * @param failure   why no answer came; never null
     * @param attempts  how many attempts were made so far, at least 1
     * @return the failure, always retryable; never null
     */
    AudienceSyncException unreachable(String operation, IOException failure, int attempts) {
        String reason = apiKey.redact(failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        return new AudienceSyncException(AudienceSyncException.UNREACHABLE,
                "Mailchimp could not be reached to " + operation + ": " + reason + givenUp(true, attempts),
                0, true, "", "", failure);
    }

    /**
     * @param operation what the call was for; never null
     * @param cause     the interruption; never null
     * @return the failure, retryable; never null
     */
    static AudienceSyncException interrupted(String operation, InterruptedException cause) {
        return new AudienceSyncException(AudienceSyncException.INTERRUPTED,
                "interrupted while waiting to " + operation + " in Mailchimp", 0, true, "", "", cause);
    }

    private static String detailOf(Payloads.Problem problem) {
        String detail = problem.detail() == null ? "" : problem.detail();
        List<Payloads.Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        return errors.isEmpty() ? detail : detail + " (" + errors.stream()
                .map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")) + ")";
    }

    private static String givenUp(boolean retryable, int attempts) {
        return retryable ? " (gave up after " + attempts + (attempts == 1 ? " attempt)" : " attempts)") : "";
    }
}
