package org.samvad.bot.chat;

import java.util.List;
import org.samvad.bot.conversation.Reply;

/** Sends replies to a worker's chat. */
public interface ReplySender {

    void send(long chatId, List<Reply> replies) throws Exception;
}
