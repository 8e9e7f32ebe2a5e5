package org.embedcrm.core.party;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;

/**
 * Where a page of contacts ended: the sort key and id of its last contact. Keyset pagination stays stable under
 * inserts: the next page starts strictly after this point. Its text form is opaque to callers.
 *
 * @param sort the order the page was sorted in; never null
 * @param key  the sort key of the last contact (see {@link #keyOf}); never null
 * @param id   the last contact; never null
 */
public record ContactCursor(ContactSort sort, String key, ContactId id) {

    /** The sort key of contacts without a next contact date: after every real date. */
    public static final LocalDate NO_NEXT_CONTACT = LocalDate.of(9999, 12, 31);

    /** Rejects null parts. */
    public ContactCursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param sort    an order
     * @param contact a contact
     * @return the contact's key in that order: the lower-cased display name, the creation instant, the star
     *         count or the next contact date (ISO text)
     */
    public static String keyOf(ContactSort sort, Contact contact) {
        return switch (sort) {
            case NAME -> Names.key(contact.profile().displayName());
            case CREATED -> contact.createdAt().toString();
            case RATING -> Integer.toString(contact.rating().stars());
            case NEXT_CONTACT -> contact.nextContactDate().orElse(NO_NEXT_CONTACT).toString();
        };
    }

    /** @return the key as an instant; for {@link ContactSort#CREATED} */
    public Instant instantKey() {
        return Instant.parse(key);
    }

    /** @return the key as a star count; for {@link ContactSort#RATING} */
    public int ratingKey() {
        return Integer.parseInt(key);
    }

    /** @return the key as a date; for {@link ContactSort#NEXT_CONTACT} */
    public LocalDate dateKey() {
        return LocalDate.parse(key);
    }

    /** @return the opaque text to hand to a client */
    public String encode() {
        String plain = sort.name() + "\n" + id + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param text what {@link #encode()} produced
     * @return the cursor
     * @throws ValidationException when the text is not a cursor
     */
    public static ContactCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 3);
            ContactCursor cursor = new ContactCursor(ContactSort.valueOf(parts[0]), parts[2], ContactId.of(parts[1]));
            switch (cursor.sort) {
                case CREATED -> cursor.instantKey();
                case RATING -> cursor.ratingKey();
                case NEXT_CONTACT -> cursor.dateKey();
                case NAME -> { }
            }
            return cursor;
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "contact.cursor.invalid", "not a page cursor: " + text);
        }
    }
}
