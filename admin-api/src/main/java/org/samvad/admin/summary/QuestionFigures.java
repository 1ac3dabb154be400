package org.samvad.admin.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.samvad.admin.summary.Summary.Nominee;
import org.samvad.admin.summary.Summary.OptionCount;
import org.samvad.admin.summary.Summary.QuestionSummary;
import org.samvad.admin.summary.Summary.TermCount;
import org.samvad.admin.summary.Summary.TextSummary;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;

/**
 * One question's figures from its counts: a question answered by fewer than k is
 * withheld whole; otherwise option counts (and shares), languages, sentiments and
 * themes are tables with complementary suppression, and mean and median come from the
 * numbers' distribution. Pure.
 */
final class QuestionFigures {

    private static final TextSummary WITHHELD_TEXT = new TextSummary(Map.of(), Map.of(), Map.of(), List.of());

    private final Figures figures;

    QuestionFigures(Figures figures) {
        this.figures = figures;
    }

    /** What was counted for one question. */
    record Counted(long answers, Map<String, Long> values, Map<String, Long> languages, Map<String, Long> sentiments,
            Map<String, Long> themes, List<TermCount> terms, List<Nominee> nominees) {
    }

    QuestionSummary of(Question question, Counted counted) {
        boolean withheld = figures.cells().tooFew(counted.answers());
        boolean numeric = question.type() == QuestionType.NUMBER || question.type() == QuestionType.RATING;
        boolean text = question.type() == QuestionType.TEXT;
        return new QuestionSummary(question.key(), question.type().name(), question.text().en(), question.text().hi(),
                Cell.of(counted.answers(), withheld), options(question, counted, withheld),
                numeric ? Cell.of(mean(counted.values()), withheld) : null,
                numeric ? Cell.of(median(counted.values()), withheld) : null,
                !text ? null : withheld ? WITHHELD_TEXT : new TextSummary(figures.table(counted.languages()),
                        figures.table(counted.sentiments()), figures.table(counted.themes()), counted.terms()),
                withheld ? List.of() : counted.nominees());
    }

    private List<OptionCount> options(Question question, Counted counted, boolean withheld) {
        Map<String, Long> counts = new LinkedHashMap<>();
        question.choices().forEach(o -> counts.put(o.key(), counted.values().getOrDefault(o.key(), 0L)));
        Map<String, Cell> shown = figures.table(counts);
        List<OptionCount> options = new ArrayList<>();
        for (QuestionOption option : question.choices()) {
            boolean out = withheld || shown.get(option.key()).suppressed();
            long count = counts.get(option.key());
            options.add(new OptionCount(option.key(), option.label().en(), option.label().hi(), Cell.of(count, out),
                    Cell.ratio(count, counted.answers(), out)));
        }
        return options;
    }

    /** The mean of the numbers given, to three places; null when none. */
    static Double mean(Map<String, Long> values) {
        long n = 0;
        double sum = 0;
        for (Map.Entry<Long, Long> value : numbers(values).entrySet()) {
            n += value.getValue();
            sum += value.getKey() * (double) value.getValue();
        }
        return n == 0 ? null : Math.round(1000.0 * sum / n) / 1000.0;
    }

    /** The median of the numbers given (the mean of the middle two for an even count); null when none. */
    static Double median(Map<String, Long> values) {
        TreeMap<Long, Long> numbers = numbers(values);
        long n = numbers.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lower = (n - 1) / 2;
        long upper = n / 2;
        Long low = null;
        Long high = null;
        long seen = 0;
        for (Map.Entry<Long, Long> value : numbers.entrySet()) {
            long next = seen + value.getValue();
            if (low == null && lower < next) {
                low = value.getKey();
            }
            if (upper < next) {
                high = value.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }

    private static TreeMap<Long, Long> numbers(Map<String, Long> values) {
        TreeMap<Long, Long> numbers = new TreeMap<>();
        values.forEach((value, count) -> {
            try {
                numbers.merge(Long.parseLong(value), count, Long::sum);
            } catch (NumberFormatException e) {
                // an option key of a choice question: not a number
            }
        });
        return numbers;
    }
}
