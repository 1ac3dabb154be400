package org.samvad.db.questionnaire.definition;

import java.util.List;
import java.util.regex.Pattern;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.definition.OptionReader.ReadOption;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of {@code questions}, reporting what is wrong within it. */
final class QuestionReader {

    private static final List<String> KEYS = List.of("key", "type", "text", "hint", "required", "options", "min",
            "max", "max_length", "max_choices", "when");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final Problems problems;
    private final BilingualTexts texts;
    private final OptionReader options;
    private final Constraints constraints;

    QuestionReader(Problems problems) {
        this.problems = problems;
        this.texts = new BilingualTexts(problems);
        this.options = new OptionReader(problems);
        this.constraints = new Constraints(problems);
    }

    /** The question; null when the entry is not a mapping at all (reported). */
    ReadQuestion read(Node node) {
        YamlMapping mapping = YamlMapping.of(node, "A question", "with key, type and text", problems);
        if (mapping == null) {
            return null;
        }
        mapping.allowOnly(KEYS);
        int before = problems.count();
        ScalarNode keyNode = mapping.scalar("key", true);
        String key = key(keyNode);
        QuestionType type = TypeNames.read(mapping, problems);
        Question question = type == null ? null : question(mapping, key, type);
        boolean valid = problems.count() == before;
        When when = When.read(mapping, problems);
        return new ReadQuestion(key, keyNode, type, valid ? withCondition(question, when) : null, when);
    }

    private String key(ScalarNode keyNode) {
        if (keyNode != null && !KEY.matcher(keyNode.getValue()).matches()) {
            problems.add(keyNode, "The question key '" + keyNode.getValue() + "' must be snake_case: lowercase "
                    + "letters, digits and underscores, starting with a letter, at most 64 characters.");
            return null;
        }
        return keyNode == null ? null : keyNode.getValue();
    }

    private Question question(YamlMapping mapping, String key, QuestionType type) {
        String name = key == null ? "this question" : "question '" + key + "'";
        Text text = texts.read(mapping, "text", "the text of " + name, true, BilingualTexts.LONG);
        Text hint = texts.read(mapping, "hint", "the hint of " + name, false, BilingualTexts.LONG);
        boolean required = mapping.bool("required", true);
        List<ReadOption> read = options.read(mapping, type);
        Limits limits = constraints.read(mapping, type, read.size());
        if (type == QuestionType.RATING) {
            checkPoints(read, limits);
        }
        return new Question(null, key, type, text, hint, required, limits.min(), limits.max(), limits.maxLength(),
                limits.maxChoices(), null, read.stream().map(ReadOption::option).toList());
    }

    private void checkPoints(List<ReadOption> labels, Limits scale) {
        if (scale.min() == null || scale.max() == null) {
            return;
        }
        for (ReadOption label : labels) {
            String key = label.option().key();
            if (!key.matches("\\d{1,3}") || Integer.parseInt(key) < scale.min() || Integer.parseInt(key) > scale.max()) {
                problems.add(label.keyNode(), "A rating's options label its points; '" + key
                        + "' is not a point from " + scale.min() + " to " + scale.max() + ".");
            }
        }
    }

    private static Question withCondition(Question q, When when) {
        return q == null || when == null ? q : new Question(null, q.key(), q.type(), q.text(), q.hint(), q.required(),
                q.minValue(), q.maxValue(), q.maxLength(), q.maxChoices(), when.condition(), q.options());
    }
}
