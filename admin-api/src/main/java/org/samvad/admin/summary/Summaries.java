package org.samvad.admin.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    Summaries(LocationRepository locations, QuestionnaireRepository questionnaires, SummaryQueries queries) {
        this.locations = locations;
        this.questionnaires = questionnaires;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    Summary of(String locationCode, String slug, Integer version) {
        Location location = locations.findById(locationCode)
                .orElseThrow(() -> new NotFoundException("No location has the code '" + locationCode + "'."));
        Questionnaire questionnaire = questionnaire(slug, version);
        Map<String, List<SummaryQueries.AnswerCount>> counts = queries.answerCounts(questionnaire.id(), location)
                .stream().collect(Collectors.groupingBy(SummaryQueries.AnswerCount::questionKey));
        return new Summary(
                new Summary.Area(location.code(), location.level().name(), location.nameEn(), location.nameHi()),
                new Summary.QuestionnaireRef(questionnaire.slug(), questionnaire.version(),
                        questionnaire.title().en(), questionnaire.title().hi()),
                queries.headline(questionnaire.id(), location),
                questionnaire.questions().stream()
                        .map(q -> question(q, counts.getOrDefault(q.key(), List.of())))
                        .toList(),
                queries.children(questionnaire.id(), location));
    }

    private Questionnaire questionnaire(String slug, Integer version) {
        List<Questionnaire> versions = questionnaires.findBySlug(slug);
        if (versions.isEmpty()) {
            throw new NotFoundException("No questionnaire has the slug '" + slug + "'.");
        }
        if (version != null) {
            return versions.stream().filter(q -> q.version() == version).findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            "Questionnaire '" + slug + "' has no version " + version + "."));
        }
        return versions.stream()
                .filter(q -> q.status() != QuestionnaireStatus.DRAFT)
                .max(Comparator.comparingInt(Questionnaire::version))
                .orElseThrow(() -> new NotFoundException(
                        "Questionnaire '" + slug + "' has no published version yet."));
    }

    private static Summary.QuestionSummary question(Question question, List<SummaryQueries.AnswerCount> counts) {
        long answers = counts.stream().mapToLong(SummaryQueries.AnswerCount::count).sum();
        Map<String, Long> byOption = counts.stream().filter(c -> c.optionKey() != null)
                .collect(Collectors.toMap(SummaryQueries.AnswerCount::optionKey, SummaryQueries.AnswerCount::count));
        List<Summary.OptionCount> options = question.choices().stream()
                .map(o -> new Summary.OptionCount(o.key(), o.label().en(), o.label().hi(),
                        byOption.getOrDefault(o.key(), 0L)))
                .toList();
        Double mean = question.type() == QuestionType.NUMBER
                ? counts.stream().map(SummaryQueries.AnswerCount::mean).filter(Objects::nonNull).findFirst()
                        .orElse(null)
                : null;
        return new Summary.QuestionSummary(question.key(), question.type().name(), question.text().en(),
                question.text().hi(), answers, options, mean);
    }
}
