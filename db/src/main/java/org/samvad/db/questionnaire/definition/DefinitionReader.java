package org.samvad.db.questionnaire.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Question;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a composed YAML document into a definition, reporting everything wrong with it. */
final class DefinitionReader {

    private static final List<String> KEYS = List.of("slug", "version", "title", "intro", "closing", "questions");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private final Problems problems;
    private final BilingualTexts texts;

    DefinitionReader(Problems problems) {
        this.problems = problems;
        this.texts = new BilingualTexts(problems);
    }

    /** The definition; null when anything is wrong (reported). */
    QuestionnaireDefinition read(Node root, String source) {
        YamlMapping document = YamlMapping.of(root, "The questionnaire",
                "with slug, title, intro, closing and questions", problems);
        if (document == null) {
            return null;
        }
        document.allowOnly(KEYS);
        String slug = slug(document);
        Integer version = version(document);
        Text title = texts.read(document, "title", "the title", true, BilingualTexts.SHORT);
        Text intro = texts.read(document, "intro", "the intro", true, BilingualTexts.LONG);
        Text closing = texts.read(document, "closing", "the closing", true, BilingualTexts.LONG);
        List<Question> questions = questions(document);
        return problems.isEmpty() ? new QuestionnaireDefinition(slug, version, title, intro, closing, source,
                questions) : null;
    }

    private String slug(YamlMapping document) {
        ScalarNode slug = document.scalar("slug", true);
        if (slug != null && !SLUG.matcher(slug.getValue()).matches()) {
            problems.add(slug, "The slug '" + slug.getValue() + "' must be 1 to 64 lowercase letters, digits and "
                    + "hyphens, starting and ending with a letter or digit.");
        }
        return slug == null ? null : slug.getValue();
    }

    private Integer version(YamlMapping document) {
        Integer version = document.integer("version");
        if (version != null && version < 1) {
            problems.add(document.value("version"), "'version' must be at least 1.");
        }
        return version;
    }

    private List<Question> questions(YamlMapping document) {
        SequenceNode list = document.sequence("questions", true);
        if (list == null) {
            return List.of();
        }
        if (list.getValue().isEmpty()) {
            problems.add(list, "'questions' must list at least one question.");
        }
        QuestionReader reader = new QuestionReader(problems);
        List<ReadQuestion> questions = new ArrayList<>();
        for (Node node : list.getValue()) {
            ReadQuestion question = reader.read(node);
            if (question != null) {
                questions.add(question);
            }
        }
        new SkipLogic(problems).check(questions);
        return questions.stream().map(ReadQuestion::question).filter(Objects::nonNull).toList();
    }
}
