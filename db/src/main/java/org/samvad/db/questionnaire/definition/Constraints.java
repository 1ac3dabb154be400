package org.samvad.db.questionnaire.definition;

import java.util.List;
import java.util.Map;
import org.samvad.db.questionnaire.QuestionType;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a question's {@code min}, {@code max}, {@code max_length} and
 * {@code max_choices}, fills in the defaults (a rating from 1 to 5, text up to 1000
 * characters, a name up to 100) and reports constraints that cannot hold or do not
 * apply to the question's type.
 */
final class Constraints {

    static final int TEXT_LENGTH = 1000;
    static final int NAME_LENGTH = 100;
    static final int MAX_POINTS = 10;

    private static final Map<String, List<QuestionType>> APPLIES_TO = Map.of(
            "min", List.of(QuestionType.NUMBER, QuestionType.RATING),
            "max", List.of(QuestionType.NUMBER, QuestionType.RATING),
            "max_length", List.of(QuestionType.TEXT, QuestionType.NOMINATION),
            "max_choices", List.of(QuestionType.MULTIPLE_CHOICE));

    private final Problems problems;

    Constraints(Problems problems) {
        this.problems = problems;
    }

    /** The question's limits; its fields are null where a constraint is wrong (reported). */
    Limits read(YamlMapping question, QuestionType type, int options) {
        APPLIES_TO.forEach((key, types) -> {
            if (question.has(key) && !types.contains(type)) {
                problems.add(question.keyNode(key), "'" + key + "' does not apply to a "
                        + TypeNames.written(type) + " question.");
            }
        });
        return switch (type) {
            case NUMBER -> range(question, null, null);
            case RATING -> scale(question);
            case TEXT -> new Limits(null, null, length(question, TEXT_LENGTH), null);
            case NOMINATION -> new Limits(null, null, length(question, NAME_LENGTH), null);
            case MULTIPLE_CHOICE -> new Limits(null, null, null, choices(question, options));
            case SINGLE_CHOICE, YES_NO -> Limits.NONE;
        };
    }

    private Limits range(YamlMapping question, Integer minByDefault, Integer maxByDefault) {
        Integer min = question.has("min") ? question.integer("min") : minByDefault;
        Integer max = question.has("max") ? question.integer("max") : maxByDefault;
        if (min != null && max != null && min > max) {
            problems.add(bound(question, "min", "max"), "'min' " + min + " is greater than 'max' " + max + ".");
            return Limits.NONE;
        }
        return new Limits(min, max, null, null);
    }

    private Limits scale(YamlMapping question) {
        Limits range = range(question, 1, 5);
        if (range.min() == null || range.max() == null) {
            return range;
        }
        int points = range.max() - range.min() + 1;
        if (points < 2 || points > MAX_POINTS) {
            problems.add(bound(question, "max", "min"), "A rating scale has 2 to " + MAX_POINTS + " points; "
                    + range.min() + " to " + range.max() + " has " + points + ".");
            return Limits.NONE;
        }
        return range;
    }

    private Integer length(YamlMapping question, int byDefault) {
        Integer length = question.has("max_length") ? question.integer("max_length") : Integer.valueOf(byDefault);
        if (length != null && length < 1) {
            problems.add(question.value("max_length"), "'max_length' must be at least 1.");
            return null;
        }
        return length;
    }

    private Integer choices(YamlMapping question, int options) {
        Integer choices = question.integer("max_choices");
        if (choices != null && choices < 1) {
            problems.add(question.value("max_choices"), "'max_choices' must be at least 1.");
            return null;
        }
        if (choices != null && options >= 2 && choices > options) {
            problems.add(question.value("max_choices"), "'max_choices' " + choices + " is more than the "
                    + options + " options.");
            return null;
        }
        return choices;
    }

    private static Node bound(YamlMapping question, String preferred, String other) {
        Node node = question.value(preferred);
        return node != null ? node : question.value(other) != null ? question.value(other) : question.node();
    }
}
