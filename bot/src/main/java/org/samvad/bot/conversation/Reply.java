package org.samvad.bot.conversation;

import java.util.List;

/**
 * A message for the worker: its text and, optionally, rows of buttons under it.
 * {@code replacesPressed} asks for the message whose button was pressed to be updated
 * in place (ticking an option) instead of sending a new one.
 */
public record Reply(String text, List<List<Button>> buttons, boolean replacesPressed) {

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public Reply(String text, List<List<Button>> buttons) {
        this(text, buttons, false);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), false);
    }

    /** This reply, updating the pressed message instead of arriving as a new one. */
    Reply inPlace() {
        return new Reply(text, buttons, true);
    }

    /** A button: what it shows, and the data the bot gets back when it is pressed. */
    public record Button(String label, String data) {
    }
}
