package org.samvad.bot.conversation;

import java.util.List;

/** What handling one input produced: the conversation's new state and the replies to send. */
public record Outcome(Conversation conversation, List<Reply> replies) {

    public Outcome {
        replies = List.copyOf(replies);
    }
}
