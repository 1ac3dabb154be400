package org.samvad.db.questionnaire.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a question's options, each written {@code {key, en, hi}}. Choice questions need
 * at least two; a rating may label its points; other types take none. Option keys are
 * at most 48 characters so that a button's data ({@code tog:<position>:<key>}) stays
 * within Telegram's 64 bytes.
 */
final class OptionReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_]{0,47}");

    /** An option as read, with the node of its key for later errors; its label is null when wrong (reported). */
    record ReadOption(QuestionOption option, ScalarNode keyNode) {
    }

    private final Problems problems;
    private final BilingualTexts texts;

    OptionReader(Problems problems) {
        this.problems = problems;
        this.texts = new BilingualTexts(problems);
    }

    List<ReadOption> read(YamlMapping question, QuestionType type) {
        String typeName = TypeNames.written(type);
        if (!type.hasOptions() && type != QuestionType.RATING) {
            if (question.has("options")) {
                problems.add(question.keyNode("options"), "A " + typeName + " question takes no options.");
            }
            return List.of();
        }
        SequenceNode list = question.sequence("options", false);
        int count = list == null ? 0 : list.getValue().size();
        if (type.hasOptions() && count < 2) {
            problems.add(list == null ? question.node() : list,
                    "A " + typeName + " question needs at least 2 options; it has " + count + ".");
        }
        return list == null ? List.of() : options(list);
    }

    private List<ReadOption> options(SequenceNode list) {
        List<ReadOption> options = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node node : list.getValue()) {
            ReadOption option = option(node);
            if (option != null && !keys.add(option.option().key())) {
                problems.add(option.keyNode(), "The option key '" + option.option().key()
                        + "' appears twice in this question.");
            }
            if (option != null) {
                options.add(option);
            }
        }
        return options;
    }

    private ReadOption option(Node node) {
        YamlMapping option = YamlMapping.of(node, "An option", "with key, en and hi", problems);
        if (option == null) {
            return null;
        }
        option.allowOnly(List.of("key", "en", "hi"));
        ScalarNode keyNode = option.scalar("key", true);
        String key = keyNode == null ? null : keyNode.getValue();
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(keyNode, "The option key '" + key
                    + "' must be lowercase letters, digits and underscores, at most 48 characters.");
            key = null;
        }
        Text label = texts.languages(option, key == null ? "this option" : "option '" + key + "'",
                BilingualTexts.SHORT);
        return key == null ? null : new ReadOption(new QuestionOption(key, label), keyNode);
    }
}
