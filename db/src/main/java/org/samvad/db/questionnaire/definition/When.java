package org.samvad.db.questionnaire.definition;

import java.util.ArrayList;
import java.util.List;
import org.samvad.db.questionnaire.Condition;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A question's {@code when} as written: the question it depends on and either
 * {@code any_of} or {@code at_least}/{@code at_most}, with the nodes that later checks
 * against the other questions point at. {@code anyOf} is null for bounds, and the
 * bounds are null for {@code any_of}.
 */
record When(ScalarNode question, SequenceNode anyOfNode, List<ScalarNode> anyOf, Node boundNode, Integer atLeast,
        Integer atMost) {

    private static final List<String> KEYS = List.of("question", "any_of", "at_least", "at_most");

    Condition condition() {
        return new Condition(question.getValue(), anyOf == null ? null : anyOf.stream().map(ScalarNode::getValue)
                .toList(), atLeast, atMost);
    }

    /** The question's condition; null when it has none or it is wrong (reported). */
    static When read(YamlMapping owner, Problems problems) {
        if (!owner.has("when")) {
            return null;
        }
        YamlMapping when = YamlMapping.of(owner.value("when"), "A condition",
                "with question and any_of, at_least or at_most", problems);
        if (when == null) {
            return null;
        }
        int before = problems.count();
        when.allowOnly(KEYS);
        ScalarNode question = when.scalar("question", true);
        SequenceNode anyOfNode = when.sequence("any_of", false);
        List<ScalarNode> anyOf = anyOfNode == null ? null : keys(anyOfNode, problems);
        Integer atLeast = when.integer("at_least");
        Integer atMost = when.integer("at_most");
        Node boundNode = when.has("at_least") ? when.value("at_least") : when.value("at_most");
        checkShape(when, anyOfNode != null, boundNode != null, problems);
        if (atLeast != null && atMost != null && atLeast > atMost) {
            problems.add(when.value("at_least"), "'at_least' " + atLeast + " is greater than 'at_most' " + atMost
                    + "; the condition can never hold.");
        }
        return problems.count() > before ? null : new When(question, anyOfNode, anyOf, boundNode, atLeast, atMost);
    }

    private static void checkShape(YamlMapping when, boolean anyOf, boolean bounds, Problems problems) {
        if (anyOf && bounds) {
            problems.add(when.node(), "A condition takes either any_of or at_least/at_most, not both.");
        } else if (!anyOf && !bounds) {
            problems.add(when.node(), "A condition needs any_of, at_least or at_most.");
        }
    }

    private static List<ScalarNode> keys(SequenceNode list, Problems problems) {
        if (list.getValue().isEmpty()) {
            problems.add(list, "'any_of' must list at least one option key.");
        }
        List<ScalarNode> keys = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode key) {
                keys.add(key);
            } else {
                problems.add(item, "Each entry of 'any_of' must be an option key.");
            }
        }
        return keys;
    }
}
