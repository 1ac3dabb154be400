package org.samvad.bot.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.OptionalLong;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/** Telegram updates to and from the JSON the Bot API uses, and whose each one is. */
final class UpdateJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private UpdateJson() {
    }

    /** @throws IllegalArgumentException when the text is not an update */
    static Update read(String json) {
        try {
            Update update = JSON.readValue(json, Update.class);
            if (update == null || update.getUpdateId() == null) {
                throw new IllegalArgumentException("not an update");
            }
            return update;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an update", e);
        }
    }

    static String write(Update update) {
        try {
            return JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An update could not be written as JSON", e);
        }
    }

    /** The Telegram user who sent a message, edited one, or pressed a button; empty for other updates. */
    static OptionalLong sender(Update update) {
        User from = null;
        if (update.hasMessage()) {
            from = update.getMessage().getFrom();
        } else if (update.hasEditedMessage()) {
            from = update.getEditedMessage().getFrom();
        } else if (update.hasCallbackQuery()) {
            from = update.getCallbackQuery().getFrom();
        }
        return from == null ? OptionalLong.empty() : OptionalLong.of(from.getId());
    }
}
