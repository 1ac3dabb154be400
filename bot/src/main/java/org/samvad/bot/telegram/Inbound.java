package org.samvad.bot.telegram;

import java.util.Locale;
import java.util.Optional;
import org.samvad.bot.conversation.Input;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * One Telegram update from a worker in a private chat, as the engine's input. For
 * button presses {@code callbackQueryId} (which Telegram wants answered) and
 * {@code pressedMessageId} are set; both are null otherwise. A deep link's
 * {@code /start CODE} keeps its code as the command's argument; a shared contact is
 * the worker's own only when Telegram says it belongs to the sender.
 */
record Inbound(long updateId, long userId, long chatId, Input input, String callbackQueryId,
        Integer pressedMessageId) {

    /** The worker's input in an update; empty for updates that are not a worker writing to the bot. */
    static Optional<Inbound> from(Update update) {
        long id = update.getUpdateId();
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            var query = update.getCallbackQuery();
            String data = query.getData() == null ? "" : query.getData();
            return Optional.of(new Inbound(id, query.getFrom().getId(), query.getMessage().getChatId(),
                    new Input.Press(data), query.getId(), query.getMessage().getMessageId()));
        }
        if (update.hasEditedMessage() && isPrivate(update.getEditedMessage())) {
            Message edited = update.getEditedMessage();
            return Optional.of(new Inbound(id, edited.getFrom().getId(), edited.getChatId(), new Input.Edit(), null, null));
        }
        if (update.hasMessage() && isPrivate(update.getMessage())) {
            Message message = update.getMessage();
            return Optional.of(new Inbound(id, message.getFrom().getId(), message.getChatId(), input(message), null, null));
        }
        return Optional.empty();
    }

    private static boolean isPrivate(Message message) {
        return message.getFrom() != null && message.isUserMessage();
    }

    private static Input input(Message message) {
        if (message.hasText()) {
            String text = message.getText();
            return text.startsWith("/") ? command(text) : new Input.Typed(text);
        }
        if (message.hasContact()) {
            Contact contact = message.getContact();
            boolean own = contact.getUserId() != null && contact.getUserId().equals(message.getFrom().getId());
            return new Input.SharedContact(contact.getPhoneNumber(), own);
        }
        return new Input.Unreadable(kind(message));
    }

    private static Input.Command command(String text) {
        String[] parts = text.substring(1).strip().split("\\s+", 2);
        String name = parts[0].split("@", 2)[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        return new Input.Command(name, argument);
    }

    private static String kind(Message message) {
        if (message.hasSticker()) {
            return "sticker";
        }
        if (message.hasPhoto()) {
            return "photo";
        }
        if (message.hasVoice() || message.hasAudio()) {
            return "audio";
        }
        if (message.hasVideo() || message.hasVideoNote() || message.hasAnimation()) {
            return "video";
        }
        if (message.hasDocument()) {
            return "document";
        }
        if (message.hasLocation()) {
            return "location";
        }
        return "other";
    }
}
