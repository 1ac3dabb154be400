package org.samvad.bot.conversation;

/**
 * One thing that happened to a conversation, in the engine's own terms: something the
 * worker did, or a timer that fell due. No Telegram types reach the engine.
 */
public sealed interface Input {

    /** A typed message. */
    record Typed(String text) implements Input {
    }

    /** A press on one of the bot's buttons, with the button's data. */
    record Press(String data) implements Input {
    }

    /** A command such as {@code /start}, by its name without the slash, lower case. */
    record Command(String name) implements Input {
    }

    /** Something the bot cannot read: a sticker, a photo, a voice note, and so on. */
    record Unreadable(String kind) implements Input {
    }

    /** An edit of an earlier message. */
    record Edit() implements Input {
    }

    /** The worker has been quiet for the reminder delay. */
    record Reminder() implements Input {
    }

    /** The run's time is up. */
    record Expiry() implements Input {
    }
}
