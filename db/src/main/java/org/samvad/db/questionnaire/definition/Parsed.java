package org.samvad.db.questionnaire.definition;

import java.util.List;

/**
 * What became of a YAML questionnaire definition: either a {@link Valid} definition or
 * the {@link Invalid} list of everything wrong with it, never both.
 */
public sealed interface Parsed permits Parsed.Valid, Parsed.Invalid {

    /** The definition had no errors; {@code definition} is never null. */
    record Valid(QuestionnaireDefinition definition) implements Parsed {
    }

    /** The definition had errors, all of them listed in the order they appear in the file; never empty. */
    record Invalid(List<DefinitionError> errors) implements Parsed {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
