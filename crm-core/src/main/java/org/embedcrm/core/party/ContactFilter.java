package org.embedcrm.core.party;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.UserRef;

/**
 * Which contacts a list shows; every criterion left null (or empty) matches everything, and criteria combine with
 * AND. Start from {@link #activeContacts()} and narrow it.
 *
 * @param text          matched against the display name and e-mail addresses (case-insensitive substring) and,
 *                      when it holds 3 digits or more, against phone digits whatever their formatting
 * @param type          persons or companies only
 * @param statuses      any of these statuses
 * @param minRating     at least this many stars
 * @param exactRating   exactly this many stars
 * @param anyTags       at least one of these tags
 * @param allTags       every one of these tags
 * @param country       this country
 * @param language      this language
 * @param roles         at least one of these roles
 * @param assignee      assigned to this user
 * @param customerGroup in this customer group
 * @param createdFrom   created at or after
 * @param createdBefore created before
 * @param archive       active, archived or both; never null
 */
public record ContactFilter(String text, ContactType type, Set<ContactStatusId> statuses, Integer minRating,
                            Integer exactRating, Set<TagId> anyTags, Set<TagId> allTags, CountryCode country,
                            LanguageCode language, Set<ContactRole> roles, UserRef assignee,
                            CustomerGroupId customerGroup, Instant createdFrom, Instant createdBefore,
                            ArchiveScope archive) {

    /** Normalises blanks, copies the sets and rejects ratings outside 0–3. */
    public ContactFilter {
        checkRating("minRating", minRating);
        checkRating("exactRating", exactRating);
        text = text == null || text.isBlank() ? null : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        anyTags = anyTags == null ? Set.of() : Set.copyOf(anyTags);
        allTags = allTags == null ? Set.of() : Set.copyOf(allTags);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        Objects.requireNonNull(archive, "archive");
    }

    /** @return a filter matching every active contact */
    public static ContactFilter activeContacts() {
        return new ContactFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                ArchiveScope.ACTIVE);
    }

    /**
     * @param value search text
     * @return this filter narrowed to it
     */
    public ContactFilter matching(String value) {
        return new ContactFilter(value, type, statuses, minRating, exactRating, anyTags, allTags, country, language,
                roles, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param value persons or companies
     * @return this filter narrowed to it
     */
    public ContactFilter ofType(ContactType value) {
        return new ContactFilter(text, value, statuses, minRating, exactRating, anyTags, allTags, country, language,
                roles, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param value statuses, any of which matches
     * @return this filter narrowed to them
     */
    public ContactFilter inStatuses(Set<ContactStatusId> value) {
        return new ContactFilter(text, type, value, minRating, exactRating, anyTags, allTags, country, language,
                roles, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param min   at least this many stars, or null
     * @param exact exactly this many stars, or null
     * @return this filter narrowed to that rating
     */
    public ContactFilter rated(Integer min, Integer exact) {
        return new ContactFilter(text, type, statuses, min, exact, anyTags, allTags, country, language,
                roles, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param any tags of which at least one must be present
     * @param all tags that must all be present
     * @return this filter narrowed to them
     */
    public ContactFilter tagged(Set<TagId> any, Set<TagId> all) {
        return new ContactFilter(text, type, statuses, minRating, exactRating, any, all, country, language,
                roles, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param countryCode the country, or null
     * @param languageCode the language, or null
     * @return this filter narrowed to them
     */
    public ContactFilter locatedIn(CountryCode countryCode, LanguageCode languageCode) {
        return new ContactFilter(text, type, statuses, minRating, exactRating, anyTags, allTags, countryCode,
                languageCode, roles, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param value roles, any of which matches
     * @return this filter narrowed to them
     */
    public ContactFilter withRoles(Set<ContactRole> value) {
        return new ContactFilter(text, type, statuses, minRating, exactRating, anyTags, allTags, country, language,
                value, assignee, customerGroup, createdFrom, createdBefore, archive);
    }

    /**
     * @param user the assigned user, or null
     * @param group the customer group, or null
     * @return this filter narrowed to them
     */
    public ContactFilter ownedBy(UserRef user, CustomerGroupId group) {
        return new ContactFilter(text, type, statuses, minRating, exactRating, anyTags, allTags, country, language,
                roles, user, group, createdFrom, createdBefore, archive);
    }

    /**
     * @param from   created at or after, or null
     * @param before created before, or null
     * @return this filter narrowed to that period
     */
    public ContactFilter createdBetween(Instant from, Instant before) {
        return new ContactFilter(text, type, statuses, minRating, exactRating, anyTags, allTags, country, language,
                roles, assignee, customerGroup, from, before, archive);
    }

    /**
     * @param scope active, archived or both
     * @return this filter with that scope
     */
    public ContactFilter in(ArchiveScope scope) {
        return new ContactFilter(text, type, statuses, minRating, exactRating, anyTags, allTags, country, language,
                roles, assignee, customerGroup, createdFrom, createdBefore, scope);
    }

    private static void checkRating(String field, Integer stars) {
        if (stars != null && (stars < 0 || stars > 3)) {
            throw ValidationException.of(field, "contact.rating.range", "a star rating is 0 to 3: " + stars);
        }
    }

    /** @return the digits of the search text when it holds at least three, else null */
    public String textDigits() {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("\\D", "");
        return digits.length() >= 3 ? digits : null;
    }
}
