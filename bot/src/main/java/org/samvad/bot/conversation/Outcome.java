package org.samvad.bot.conversation;

import java.util.List;

/**
 * What handling one input produced: the conversation's new state and the replies to
 * send. {@code forget} says the worker confirmed that their personal data is to be
 * erased; the conversation is then the state to keep (its run closed) before erasing.
 */
public record Outcome(Conversation conversation, List<Reply> replies, boolean forget) {

    public Outcome {
        replies = List.copyOf(replies);
    }

    public Outcome(Conversation conversation, List<Reply> replies) {
        this(conversation, replies, false);
    }
}
