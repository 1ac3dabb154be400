package org.samvad.admin.summary;

import java.util.List;
import java.util.Map;

/**
 * A questionnaire version's answers in one area. {@code responseRate} is respondents
 * divided by the roster (active workers registered in the area), null for an empty
 * roster. Respondents are runs with at least one answer.
 */
record Summary(
        Area location,
        QuestionnaireRef questionnaire,
        Headline totals,
        List<QuestionSummary> questions,
        List<ChildSummary> children) {

    record Area(String code, String level, String nameEn, String nameHi) {
    }

    /** The questionnaire and the versions whose answers are combined. */
    record QuestionnaireRef(String slug, List<Integer> versions, String titleEn, String titleHi) {
    }

    record Headline(long roster, long respondents, long completed, Double responseRate) {

        static Headline of(long roster, long respondents, long completed) {
            return new Headline(roster, respondents, completed,
                    roster == 0 ? null : Math.round(1000.0 * respondents / roster) / 1000.0);
        }
    }

    /**
     * One question's answers: how many runs answered it; counts per option for choices,
     * yes/no and ratings (for multiple choice, runs that ticked the option); the mean for
     * numbers and ratings; what free text says ({@code text}, null for other types); the
     * people nominated, most often first (empty for other types).
     */
    record QuestionSummary(String key, String type, String textEn, String textHi, long answers,
            List<OptionCount> options, Double mean, TextSummary text, List<Nominee> nominations) {
    }

    /**
     * Free-text answers read together: counts by language (hi, hi-Latn, en, other), by
     * sentiment and by theme, and the most frequent content terms.
     */
    record TextSummary(Map<String, Long> languages, Map<String, Long> sentiments, Map<String, Long> themes,
            List<TermCount> topTerms) {

        static final TextSummary NONE = new TextSummary(Map.of(), Map.of(), Map.of(), List.of());
    }

    record TermCount(String term, long count) {
    }

    /** A person nominated, under the spelling used most often, and how many nominated them. */
    record Nominee(String name, long count) {
    }

    record OptionCount(String key, String labelEn, String labelHi, long count) {
    }

    record ChildSummary(String code, String level, String nameEn, String nameHi, Headline totals) {
    }
}
