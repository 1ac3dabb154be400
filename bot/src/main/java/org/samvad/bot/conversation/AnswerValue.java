package org.samvad.bot.conversation;

/** An understood answer, as the engine keeps it. */
public sealed interface AnswerValue {

    /** An option's key; yes/no questions use {@code yes} and {@code no}. */
    record Choice(String optionKey) implements AnswerValue {
    }

    record Number(int value) implements AnswerValue {
    }

    record Text(String value) implements AnswerValue {
    }
}
