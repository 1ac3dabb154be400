package org.samvad.db.questionnaire.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.samvad.db.questionnaire.QuestionType;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Question types as a definition writes them: lowercase, with underscores ({@code yes_no}). */
final class TypeNames {

    private static final String ALL = Arrays.stream(QuestionType.values()).map(TypeNames::written)
            .collect(Collectors.joining(", "));

    private TypeNames() {
    }

    static String written(QuestionType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The question's type; null when missing or unknown (reported). */
    static QuestionType read(YamlMapping question, Problems problems) {
        ScalarNode node = question.scalar("type", true);
        if (node == null) {
            return null;
        }
        for (QuestionType type : QuestionType.values()) {
            if (written(type).equals(node.getValue())) {
                return type;
            }
        }
        problems.add(node, "Unknown type '" + node.getValue() + "'; use one of " + ALL + ".");
        return null;
    }
}
