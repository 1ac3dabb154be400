package org.samvad.bot.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.springframework.stereotype.Component;

/**
 * What campaigns take out of a chat before the worker conversation sees it: an
 * observer's {@code /survey} dialog, and a worker's press on an invitation's start
 * button. Called inside the transaction of the message, after it has been claimed.
 */
@Component
public class CampaignChats {

    private final ObserverSurveys surveys;
    private final StartButton startButton;

    CampaignChats(ObserverSurveys surveys, StartButton startButton) {
        this.surveys = surveys;
        this.startButton = startButton;
    }

    /**
     * Handles a campaign's input.
     *
     * @param pressedMessageId the message whose button was pressed, or null
     * @return the replies, or empty when the input is not for campaigns (the conversation takes it)
     */
    public Optional<List<Reply>> handle(long telegramUserId, long chatId, Integer pressedMessageId, Input input,
            Instant now) {
        if (StartButton.concerns(input)) {
            return startButton.press(telegramUserId, ((Input.Press) input).data(), now);
        }
        return surveys.handle(telegramUserId, input,
                pressedMessageId == null ? null : "telegram:" + chatId + ":" + pressedMessageId, now);
    }
}
