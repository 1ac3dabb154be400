package org.samvad.admin.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samvad.admin.summary.Summary.Nominee;
import org.samvad.admin.summary.Summary.TermCount;
import org.samvad.admin.summary.SummarySource.Facet;

/** Sorts a summary source's answer facets out by question. Pure. */
final class Counting {

    static final QuestionFigures.Counted NONE = new QuestionFigures.Counted(0, Map.of(), Map.of(), Map.of(), Map.of(),
            List.of(), List.of());

    private Counting() {
    }

    /** By question key; facets, terms and nominees most frequent first (ties by value). */
    static Map<String, QuestionFigures.Counted> byQuestion(List<Facet> facets) {
        List<Facet> sorted = new ArrayList<>(facets);
        sorted.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        Map<String, Builder> questions = new HashMap<>();
        for (Facet facet : sorted) {
            Builder q = questions.computeIfAbsent(facet.questionKey(), key -> new Builder());
            switch (facet.facet()) {
                case "answers" -> q.answers += facet.count();
                case "option", "number" -> q.values.merge(facet.value(), facet.count(), Long::sum);
                case "language" -> q.languages.merge(facet.value(), facet.count(), Long::sum);
                case "sentiment" -> q.sentiments.merge(facet.value(), facet.count(), Long::sum);
                case "theme" -> q.themes.merge(facet.value(), facet.count(), Long::sum);
                case "term" -> q.terms.add(new TermCount(facet.value(), facet.count()));
                case "nominee" -> q.nominees.add(new Nominee(facet.label(), facet.count()));
                default -> {
                    // a facet this version does not show
                }
            }
        }
        Map<String, QuestionFigures.Counted> counted = new HashMap<>();
        questions.forEach((key, q) -> counted.put(key, new QuestionFigures.Counted(q.answers, q.values, q.languages,
                q.sentiments, q.themes, q.terms, q.nominees)));
        return counted;
    }

    private static final class Builder {
        long answers;
        final Map<String, Long> values = new LinkedHashMap<>();
        final Map<String, Long> languages = new LinkedHashMap<>();
        final Map<String, Long> sentiments = new LinkedHashMap<>();
        final Map<String, Long> themes = new LinkedHashMap<>();
        final List<TermCount> terms = new ArrayList<>();
        final List<Nominee> nominees = new ArrayList<>();
    }
}
