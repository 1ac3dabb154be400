package org.samvad.db.questionnaire.definition;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One thing wrong with a questionnaire definition, at the 1-based line and column of
 * the YAML node it concerns, so that whoever wrote the file can find it. The message
 * is English, never null.
 */
public record DefinitionError(int line, int column, String message) implements Comparable<DefinitionError> {

    static DefinitionError at(Node node, String message) {
        return at(node.getStartMark(), message);
    }

    static DefinitionError at(Mark mark, String message) {
        return mark == null ? new DefinitionError(1, 1, message)
                : new DefinitionError(mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    /** Orders errors by where they are in the file. */
    @Override
    public int compareTo(DefinitionError other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }
}
