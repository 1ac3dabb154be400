package org.samvad.bot.conversation;

import java.util.List;

/**
 * A message for the worker: its text and, optionally, rows of buttons under it.
 */
public record Reply(String text, List<List<Button>> buttons) {

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public static Reply of(String text) {
        return new Reply(text, List.of());
    }

    /** A button: what it shows, and the data the bot gets back when it is pressed. */
    public record Button(String label, String data) {
    }
}
