package org.samvad.db.questionnaire.definition;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** The errors found so far while reading one definition. */
final class Problems {

    private final List<DefinitionError> errors = new ArrayList<>();

    void add(Node node, String message) {
        errors.add(DefinitionError.at(node, message));
    }

    int count() {
        return errors.size();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Every error, in the order they appear in the file. */
    List<DefinitionError> sorted() {
        return errors.stream().sorted().toList();
    }
}
