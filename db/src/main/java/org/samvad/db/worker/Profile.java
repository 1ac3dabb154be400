package org.samvad.db.worker;

import java.util.Set;

/**
 * What a worker chose to tell about themselves, used only in aggregates (participation
 * by group), never shown per worker. Each field is null when not told: {@code ageBand}
 * {@code 18-35} (youth), {@code 36-50} or {@code 51+}; {@code gender} {@code FEMALE},
 * {@code MALE} or {@code OTHER}; {@code socialCategory} {@code SC}, {@code ST},
 * {@code OBC} or {@code GENERAL}; {@code minority} whether they belong to a minority.
 */
public record Profile(String ageBand, String gender, String socialCategory, Boolean minority) {

    public static final Set<String> AGE_BANDS = Set.of("18-35", "36-50", "51+");
    public static final Set<String> GENDERS = Set.of("FEMALE", "MALE", "OTHER");
    public static final Set<String> SOCIAL_CATEGORIES = Set.of("SC", "ST", "OBC", "GENERAL");
    public static final Profile UNTOLD = new Profile(null, null, null, null);

    /** @throws IllegalArgumentException for a value outside its field's */
    public Profile {
        check(ageBand, AGE_BANDS, "age band");
        check(gender, GENDERS, "gender");
        check(socialCategory, SOCIAL_CATEGORIES, "social category");
    }

    private static void check(String value, Set<String> allowed, String field) {
        if (value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException("Not a " + field + ": " + value);
        }
    }
}
