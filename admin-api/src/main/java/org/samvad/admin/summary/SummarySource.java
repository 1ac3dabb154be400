package org.samvad.admin.summary;

import java.util.List;
import org.samvad.db.location.LocationLevel;

/**
 * The counts a summary is made of. {@link SummaryQueries} reads them from the roll-ups;
 * the tests hold a naive reading of the raw tables that must give the same.
 */
interface SummarySource {

    /** An area's roster (active workers), respondents (runs with an answer) and completed runs. */
    record Counts(long roster, long respondents, long completed) {
    }

    record ChildCounts(String code, String level, String nameEn, String nameHi, long roster, long respondents,
            long completed) {

        Counts counts() {
            return new Counts(roster, respondents, completed);
        }
    }

    /**
     * A group's roster and respondents: {@code dimension} is {@code age_band}, {@code gender},
     * {@code social_category} or {@code minority}; {@code value} is {@code unknown} for workers
     * who did not say (minority: {@code yes}, {@code no}).
     */
    record GroupCount(String dimension, String value, long roster, long respondents) {
    }

    /**
     * A count about one question's answers, as {@code rollup_answer_facets} returns it: facet
     * {@code answers}, {@code option} (a chosen or ticked option), {@code number} (a number or
     * rating point), {@code language}, {@code sentiment}, {@code theme}, {@code term} (only
     * the top terms used at least k times) or {@code nominee} (value the person key, label
     * the most used spelling; only those named at least k times).
     */
    record Facet(String questionKey, String facet, String value, String label, long count) {
    }

    /** A place's headline counts with its participation by group. */
    record Overview(Counts headline, List<GroupCount> participation) {
    }

    /** What one summary shows: the overview, the locations below (the first page's children) and the facets. */
    record Snapshot(Overview overview, List<ChildCounts> children, List<Facet> facets) {
    }

    /**
     * The overview, the facets and, unless {@code level} is null, the locations at that
     * level below the place, read together.
     */
    default Snapshot snapshot(Subject subject, Place place, LocationLevel level, int atLeast) {
        return new Snapshot(overview(subject, place), level == null ? List.of() : below(subject, place, level),
                facets(subject, place, atLeast));
    }

    /** The place's headline counts and its participation by group. */
    Overview overview(Subject subject, Place place);

    /**
     * The headline counts of the place's locations at a level below it, in the order of
     * their numbers and names: its children when {@code level} is the next level down.
     */
    List<ChildCounts> below(Subject subject, Place place, LocationLevel level);

    List<Facet> facets(Subject subject, Place place, int atLeast);
}
