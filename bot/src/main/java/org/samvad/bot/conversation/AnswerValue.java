package org.samvad.bot.conversation;

import java.util.List;

/** An understood answer, as the engine keeps it. */
public sealed interface AnswerValue {

    /** An option's key; yes/no questions use {@code yes} and {@code no}. */
    record Choice(String optionKey) implements AnswerValue {
    }

    /** The keys of the options ticked on a multiple-choice question, in the question's order. */
    record Choices(List<String> optionKeys) implements AnswerValue {

        public Choices {
            optionKeys = List.copyOf(optionKeys);
        }
    }

    /** A number, or a point on a rating scale. */
    record Number(int value) implements AnswerValue {
    }

    record Text(String value) implements AnswerValue {
    }

    /** A suggested person: a name and a ten-digit Indian mobile number, or null. */
    record Nomination(String name, String phone) implements AnswerValue {
    }
}
