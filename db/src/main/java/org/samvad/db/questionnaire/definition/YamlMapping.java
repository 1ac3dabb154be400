package org.samvad.db.questionnaire.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a definition, read key by key. Every getter reports what is
 * wrong to {@link Problems} at the offending node and answers null, so reading goes on
 * and all errors are found in one pass. {@code what} names the mapping in messages,
 * such as "A question".
 */
final class YamlMapping {

    private final MappingNode node;
    private final String what;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String what, Problems problems) {
        this.node = node;
        this.what = what;
        this.problems = problems;
        for (NodeTuple entry : node.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problems.add(entry.getKeyNode(), what + " has a key that is not plain text.");
            } else if (entries.putIfAbsent(key, entry) != null) {
                problems.add(entry.getKeyNode(), "The key '" + key + "' appears twice.");
            }
        }
    }

    /** The mapping at {@code node}, or null (reported) when it is something else. */
    static YamlMapping of(Node node, String what, String shape, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return new YamlMapping(mapping, what, problems);
        }
        problems.add(node, what + " must be a mapping " + shape + ".");
        return null;
    }

    Node node() {
        return node;
    }

    /** Reports every key but the given ones. */
    void allowOnly(List<String> keys) {
        entries.forEach((key, entry) -> {
            if (!keys.contains(key)) {
                problems.add(entry.getKeyNode(), "Unknown key '" + key + "'; " + what.toLowerCase()
                        + " takes " + String.join(", ", keys) + ".");
            }
        });
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node keyNode(String key) {
        return entries.containsKey(key) ? entries.get(key).getKeyNode() : null;
    }

    Node value(String key) {
        return entries.containsKey(key) ? entries.get(key).getValueNode() : null;
    }

    /** The plain value of a key; null when absent, empty or not plain (reported where required). */
    ScalarNode scalar(String key, boolean required) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            if (required) {
                problems.add(value == null ? node : value, what + " needs '" + key + "'.");
            }
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar;
        }
        problems.add(value, "'" + key + "' must be plain text, not a list or mapping.");
        return null;
    }

    String string(String key, boolean required) {
        ScalarNode scalar = scalar(key, required);
        return scalar == null ? null : scalar.getValue();
    }

    /** A whole number, or null when absent or not one (reported). */
    Integer integer(String key) {
        ScalarNode scalar = scalar(key, false);
        if (scalar == null) {
            return null;
        }
        if (scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(scalar, "'" + key + "' is too large.");
                return null;
            }
        }
        problems.add(scalar, "'" + key + "' must be a whole number, not '" + scalar.getValue() + "'.");
        return null;
    }

    /** A yes/no flag, {@code orElse} when absent or not one (reported). */
    boolean bool(String key, boolean orElse) {
        ScalarNode scalar = scalar(key, false);
        if (scalar == null) {
            return orElse;
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            return List.of("true", "yes", "on").contains(scalar.getValue().toLowerCase());
        }
        problems.add(scalar, "'" + key + "' must be true or false, not '" + scalar.getValue() + "'.");
        return orElse;
    }

    /** A list, or null when absent (reported where required) or not a list (reported). */
    SequenceNode sequence(String key, boolean required) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            if (required) {
                problems.add(value == null ? node : value, what + " needs '" + key + "'.");
            }
            return null;
        }
        if (value instanceof SequenceNode sequence) {
            return sequence;
        }
        problems.add(value, "'" + key + "' must be a list.");
        return null;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
