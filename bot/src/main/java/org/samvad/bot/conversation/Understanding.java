package org.samvad.bot.conversation;

import java.util.Optional;
import org.samvad.db.Language;
import org.samvad.db.questionnaire.Question;

/**
 * What a typed answer to a question means, outside a conversation: for measuring the
 * reader (the held-out evaluation, the parse-time benchmark). Pure; never throws for
 * any text.
 */
public final class Understanding {

    private Understanding() {
    }

    /** The answer the worker meant, or empty if it is unclear and would be asked again. */
    public static Optional<AnswerValue> understand(Question question, String typed) {
        return AnswerReader.read(question, typed, Language.EN) instanceof AnswerReader.Understood understood
                ? Optional.of(understood.value())
                : Optional.empty();
    }
}
