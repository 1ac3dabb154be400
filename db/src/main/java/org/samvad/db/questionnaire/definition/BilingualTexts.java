package org.samvad.db.questionnaire.definition;

import java.util.List;
import org.samvad.db.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads texts in both languages: a mapping with {@code en} and {@code hi}, neither
 * blank. A missing or blank language is reported at the text's mapping.
 */
final class BilingualTexts {

    /** Titles and option labels are stored in columns of this many characters. */
    static final int SHORT = 200;

    /** Longer texts leave room in a Telegram message (4,096 characters) for the hint and the prompt. */
    static final int LONG = 3000;

    private final Problems problems;

    BilingualTexts(Problems problems) {
        this.problems = problems;
    }

    /**
     * The text under {@code key} of {@code owner}; null when absent (reported if
     * required) or wrong (reported). {@code name} says whose text it is in messages.
     */
    Text read(YamlMapping owner, String key, String name, boolean required, int maxLength) {
        Node value = owner.value(key);
        if (value == null) {
            if (required) {
                problems.add(owner.node(), capitalised(name) + " is missing.");
            }
            return null;
        }
        YamlMapping text = YamlMapping.of(value, "'" + key + "'", "with en and hi", problems);
        if (text == null) {
            return null;
        }
        text.allowOnly(List.of("en", "hi"));
        return languages(text, name, maxLength);
    }

    /** The {@code en} and {@code hi} of a mapping that may hold other keys too. */
    Text languages(YamlMapping text, String name, int maxLength) {
        String en = language(text, "en", name, "English", maxLength);
        String hi = language(text, "hi", name, "Hindi", maxLength);
        return en == null || hi == null ? null : new Text(en, hi);
    }

    private String language(YamlMapping text, String code, String name, String language, int maxLength) {
        Node value = text.value(code);
        if (value != null && !(value instanceof ScalarNode)) {
            text.scalar(code, false);
            return null;
        }
        String content = text.string(code, false);
        if (content == null || content.isBlank()) {
            problems.add(text.node(), capitalised(name) + " needs " + language + " text (" + code + ").");
            return null;
        }
        if (content.length() > maxLength) {
            problems.add(value, capitalised(name) + " in " + language + " is longer than " + maxLength
                    + " characters.");
            return null;
        }
        return content.strip();
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase() + name.substring(1);
    }
}
