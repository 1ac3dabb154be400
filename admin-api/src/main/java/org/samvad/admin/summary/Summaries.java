package org.samvad.admin.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samvad.admin.NotFoundException;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a summary together from the questionnaire's definition and the counts in {@link SummaryQueries}. */
@Service
class Summaries {

    private final LocationRepository locations;
    private final QuestionnaireRepository questionnaires;
    private final SummaryQueries queries;
    private final TextQueries textQueries;

    Summaries(LocationRepository locations, QuestionnaireRepository questionnaires, SummaryQueries queries,
            TextQueries textQueries) {
        this.locations = locations;
        this.questionnaires = questionnaires;
        this.queries = queries;
        this.textQueries = textQueries;
    }

    /**
     * The summary of one or more versions of a questionnaire for a location. Counts for a
     * question combine every chosen version whose question has the same key; the
     * questions and texts are those of the newest chosen version.
     *
     * @param versions the versions to combine; empty for the newest published or closed one
     */
    @Transactional(readOnly = true)
    Summary of(String locationCode, String slug, List<Integer> versions) {
        Location location = locations.findById(locationCode)
                .orElseThrow(() -> new NotFoundException("No location has the code '" + locationCode + "'."));
        List<Questionnaire> chosen = chosenVersions(slug, versions);
        Questionnaire newest = chosen.get(chosen.size() - 1);
        List<Long> ids = chosen.stream().map(Questionnaire::id).toList();
        Map<String, SummaryQueries.QuestionCount> answered = queries.questionCounts(ids, location).stream()
                .collect(Collectors.toMap(SummaryQueries.QuestionCount::questionKey, c -> c));
        Map<String, Map<String, Long>> chosenOptions = queries.optionCounts(ids, location).stream()
                .collect(Collectors.groupingBy(SummaryQueries.OptionCount::questionKey, Collectors.toMap(
                        SummaryQueries.OptionCount::optionKey, SummaryQueries.OptionCount::count)));
        Map<String, Summary.TextSummary> texts = textQueries.text(ids, location);
        Map<String, List<Summary.Nominee>> nominees = textQueries.nominations(ids, location);
        return new Summary(
                new Summary.Area(location.code(), location.level().name(), location.nameEn(), location.nameHi()),
                new Summary.QuestionnaireRef(newest.slug(), chosen.stream().map(Questionnaire::version).toList(),
                        newest.title().en(), newest.title().hi()),
                queries.headline(ids, location),
                newest.questions().stream()
                        .map(q -> question(q, answered.get(q.key()), chosenOptions.getOrDefault(q.key(), Map.of()),
                                texts.get(q.key()), nominees.getOrDefault(q.key(), List.of())))
                        .toList(),
                queries.children(ids, location));
    }

    private List<Questionnaire> chosenVersions(String slug, List<Integer> versions) {
        List<Questionnaire> all = questionnaires.findBySlug(slug).stream()
                .sorted(Comparator.comparingInt(Questionnaire::version)).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("No questionnaire has the slug '" + slug + "'.");
        }
        if (versions == null || versions.isEmpty()) {
            return List.of(all.stream().filter(q -> q.status() != QuestionnaireStatus.DRAFT)
                    .reduce((older, newer) -> newer)
                    .orElseThrow(() -> new NotFoundException(
                            "Questionnaire '" + slug + "' has no published version yet.")));
        }
        for (int version : versions) {
            if (all.stream().noneMatch(q -> q.version() == version)) {
                throw new NotFoundException("Questionnaire '" + slug + "' has no version " + version + ".");
            }
        }
        return all.stream().filter(q -> versions.contains(q.version())).toList();
    }

    private static Summary.QuestionSummary question(Question question, SummaryQueries.QuestionCount answered,
            Map<String, Long> chosen, Summary.TextSummary text, List<Summary.Nominee> nominees) {
        List<Summary.OptionCount> options = question.choices().stream()
                .map(o -> new Summary.OptionCount(o.key(), o.label().en(), o.label().hi(),
                        chosen.getOrDefault(o.key(), 0L)))
                .toList();
        boolean numeric = question.type() == QuestionType.NUMBER || question.type() == QuestionType.RATING;
        return new Summary.QuestionSummary(question.key(), question.type().name(), question.text().en(),
                question.text().hi(), answered == null ? 0 : answered.answers(), options,
                numeric && answered != null ? answered.mean() : null,
                question.type() == QuestionType.TEXT ? (text == null ? Summary.TextSummary.NONE : text) : null,
                nominees);
    }
}
