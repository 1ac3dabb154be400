package org.samvad.db.questionnaire.definition;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads questionnaires written as YAML (the format is described in
 * {@code docs/questionnaire-format.md}) and validates them, reporting every error at
 * once with its line and column rather than stopping at the first.
 */
public final class QuestionnaireDefinitions {

    /** SnakeYAML ends plain text inside {@code { }} and {@code [ ]} at these characters. */
    private static final String FLOW_ADVICE = "Inside { } or [ ], put text that contains ?, : or , in quotes.";

    private QuestionnaireDefinitions() {
    }

    /**
     * The definition in {@code yaml}, or everything wrong with it.
     *
     * @param yaml one YAML document; never null
     */
    public static Parsed parse(String yaml) {
        Node root;
        try {
            root = new Yaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            return syntaxError(e);
        } catch (YAMLException e) {
            return new Parsed.Invalid(List.of(new DefinitionError(1, 1, "The YAML cannot be read: " + e.getMessage())));
        }
        if (root == null) {
            return new Parsed.Invalid(List.of(new DefinitionError(1, 1, "The definition is empty.")));
        }
        Problems problems = new Problems();
        QuestionnaireDefinition definition = new DefinitionReader(problems).read(root, yaml);
        return problems.isEmpty() ? new Parsed.Valid(definition) : new Parsed.Invalid(problems.sorted());
    }

    private static Parsed syntaxError(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
        String advice = problem.startsWith("expected ',' or") ? " " + FLOW_ADVICE : "";
        DefinitionError error = DefinitionError.at(e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark(),
                "YAML syntax error: " + problem + "." + advice);
        return new Parsed.Invalid(List.of(error));
    }
}
