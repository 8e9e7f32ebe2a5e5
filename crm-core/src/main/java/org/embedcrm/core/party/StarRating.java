package org.embedcrm.core.party;

import org.embedcrm.core.error.ValidationException;

/**
 * How much a contact matters to the sales team, shown as zero to three stars; zero means not rated.
 *
 * @param stars 0 to 3
 */
public record StarRating(int stars) {

    /** Most stars a contact can have. */
    public static final int MAX = 3;

    private static final StarRating NONE = new StarRating(0);

    /** Rejects anything outside 0 to 3. */
    public StarRating {
        if (stars < 0 || stars > MAX) {
            throw ValidationException.of("starRating", "contact.rating.range",
                    "a rating has 0 to " + MAX + " stars: " + stars);
        }
    }

    /** @return the rating of a contact nobody has rated: zero stars */
    public static StarRating none() {
        return NONE;
    }
}
