package org.embedcrm.core.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The envelope of an e-mail interaction.
 *
 * @param direction in or out; never null
 * @param subject   up to 500 characters, or null
 * @param from      the sender's address, 1 to 320 characters
 * @param to        the recipients' addresses, at least one; never null
 * @param cc        the copied addresses; never null
 * @param messageId the message's {@code Message-ID} header, up to 500 characters, or null; unique per tenant, so a
 *                  mail hook that retries cannot log the same message twice
 */
public record EmailDetails(@NotNull EmailDirection direction,
                           @Size(max = EmailDetails.SUBJECT_MAX) String subject,
                           @NotBlank @Size(max = EmailDetails.ADDRESS_MAX) String from,
                           @NotNull @Size(min = 1, max = EmailDetails.RECIPIENTS_MAX)
                           List<@NotBlank @Size(max = EmailDetails.ADDRESS_MAX) String> to,
                           @NotNull @Size(max = EmailDetails.RECIPIENTS_MAX)
                           List<@NotBlank @Size(max = EmailDetails.ADDRESS_MAX) String> cc,
                           @Size(max = EmailDetails.MESSAGE_ID_MAX) String messageId) {

    /** Longest subject accepted. */
    public static final int SUBJECT_MAX = 500;
    /** Longest address accepted. */
    public static final int ADDRESS_MAX = 320;
    /** Most recipients accepted in {@code to} and in {@code cc}. */
    public static final int RECIPIENTS_MAX = 100;
    /** Longest message id accepted. */
    public static final int MESSAGE_ID_MAX = 500;

    /** Copies the address lists; null lists become empty ones (Bean Validation then reports a missing {@code to}). */
    public EmailDetails {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    /**
     * @param direction in or out; never null
     * @param from      the sender
     * @param to        the first recipient
     * @return an e-mail envelope with one recipient, no subject and no message id
     */
    public static EmailDetails of(EmailDirection direction, String from, String to) {
        return new EmailDetails(Objects.requireNonNull(direction, "direction"), null, from, List.of(to), List.of(),
                null);
    }

    /**
     * @param value the subject line
     * @return this envelope with that subject
     */
    public EmailDetails withSubject(String value) {
        return new EmailDetails(direction, value, from, to, cc, messageId);
    }

    /**
     * @param value the {@code Message-ID} header
     * @return this envelope with that message id
     */
    public EmailDetails withMessageId(String value) {
        return new EmailDetails(direction, subject, from, to, cc, value);
    }
}
