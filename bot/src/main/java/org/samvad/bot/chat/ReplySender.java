package org.samvad.bot.chat;

import java.util.List;
import org.samvad.bot.conversation.Reply;

/**
 * Queues replies for a worker's chat in the current transaction; they are sent after
 * it commits (see {@code org.samvad.bot.delivery}).
 */
public interface ReplySender {

    /**
     * @param workerId the worker the chat belongs to, or null when not stored (a newcomer)
     * @param pressedMessageId the message whose button was pressed, edited in place by a
     *        reply that replaces it; null when no button was pressed
     * @param priority see {@link org.samvad.db.outbox.Priority}
     */
    void queue(long chatId, Long workerId, Integer pressedMessageId, List<Reply> replies, int priority);
}
