package org.samvad.admin.summary;

import java.util.List;
import java.util.Map;

/**
 * A questionnaire's answers in one area (a location, or {@code IN} for all of India).
 * Every figure computed from people is a {@link Cell}: the number, or
 * {@code {"suppressed": true}} when small-cell suppression withholds it (see
 * {@link SmallCells}). Respondents are runs with at least one answer; the roster is the
 * active workers registered in the area; {@code responseRate} is respondents / roster,
 * {@code completionRate} completed / respondents (null when the denominator is 0).
 */
record Summary(
        Area location,
        QuestionnaireRef questionnaire,
        Suppression suppression,
        Headline totals,
        List<QuestionSummary> questions,
        List<GroupParticipation> participation,
        ChildPage children,
        long silentChildren) {

    /** The area summarised; {@code level} is {@code COUNTRY} for India. */
    record Area(String code, String level, String nameEn, String nameHi) {
    }

    /** The questionnaire and the versions whose answers are combined. */
    record QuestionnaireRef(String slug, List<Integer> versions, String titleEn, String titleHi) {
    }

    /** Figures computed from fewer than {@code k} people are withheld. */
    record Suppression(int k) {
    }

    /** The headline figures of an area; the roster is never withheld (it counts workers, not what they said). */
    record Headline(long roster, Cell respondents, Cell completed, Cell responseRate, Cell completionRate) {
    }

    /**
     * One question's answers: how many runs answered it; per option (choices, yes/no,
     * rating points) the count and its share of the answers (for multiple choice, runs
     * that ticked it); mean and median for numbers and ratings; for free text
     * ({@code text}, null for other types) languages, sentiments, themes and top terms;
     * for nominations the people named by at least k workers, most often first.
     */
    record QuestionSummary(String key, String type, String textEn, String textHi, Cell answers,
            List<OptionCount> options, Cell mean, Cell median, TextSummary text, List<Nominee> nominations) {
    }

    record OptionCount(String key, String labelEn, String labelHi, Cell count, Cell share) {
    }

    /**
     * Free-text answers read together: counts by language (hi, hi-Latn, en, other), by
     * sentiment and by theme, and the most frequent content terms used by at least k.
     */
    record TextSummary(Map<String, Cell> languages, Map<String, Cell> sentiments, Map<String, Cell> themes,
            List<TermCount> topTerms) {
    }

    record TermCount(String term, long count) {
    }

    /** A person nominated, under the spelling used most often, and how many nominated them. */
    record Nominee(String name, long count) {
    }

    /**
     * Participation of one group: {@code group} is {@code ageBand}, {@code gender},
     * {@code socialCategory} or {@code minority}; {@code value} one of its values
     * ({@code 18-35}, {@code 36-50}, {@code 51+}; {@code FEMALE}, {@code MALE}, {@code OTHER};
     * {@code SC}, {@code ST}, {@code OBC}, {@code GENERAL}; {@code yes}, {@code no}), or
     * {@code unknown} for workers who did not say.
     */
    record GroupParticipation(String group, String value, String labelEn, String labelHi, Cell roster,
            Cell respondents, Cell responseRate) {
    }

    /** One page of the child locations' headline figures, of {@code total} children. */
    record ChildPage(long total, int page, int size, String sort, String order, List<ChildSummary> items) {
    }

    record ChildSummary(String code, String level, String nameEn, String nameHi, Headline totals) {
    }
}
