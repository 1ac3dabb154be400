package org.samvad.bot.conversation;

import java.util.List;

/**
 * A message for the worker: its text and, optionally, rows of buttons under it.
 * {@code replacesPressed} asks for the message whose button was pressed to be updated
 * in place (ticking an option) instead of sending a new one. {@code keyboard} asks for
 * the button that shares the worker's phone number to be shown below the typing field,
 * or removed; a reply with buttons under it leaves that keyboard as it is.
 */
public record Reply(String text, List<List<Button>> buttons, boolean replacesPressed, Keyboard keyboard) {

    /** The label of the button that shares the worker's phone number. */
    public static final String SHARE_CONTACT = "📱 अपना मोबाइल नंबर भेजें / Share my phone number";

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
        if (!buttons.isEmpty() && keyboard != Keyboard.UNCHANGED) {
            throw new IllegalArgumentException("A reply has buttons under it or a keyboard, not both");
        }
    }

    public Reply(String text, List<List<Button>> buttons, boolean replacesPressed) {
        this(text, buttons, replacesPressed, Keyboard.UNCHANGED);
    }

    public Reply(String text, List<List<Button>> buttons) {
        this(text, buttons, false);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), false);
    }

    /** A reply with the button that shares the worker's phone number. */
    static Reply askingForContact(String text) {
        return new Reply(text, List.of(), false, Keyboard.SHARE_CONTACT);
    }

    /** A reply that takes the share-contact button away. */
    static Reply removingKeyboard(String text) {
        return new Reply(text, List.of(), false, Keyboard.REMOVE);
    }

    /** This reply, updating the pressed message instead of arriving as a new one. */
    Reply inPlace() {
        return new Reply(text, buttons, true, keyboard);
    }

    /** A button: what it shows, and the data the bot gets back when it is pressed. */
    public record Button(String label, String data) {
    }

    /** What happens to the keyboard below the worker's typing field. */
    public enum Keyboard {
        UNCHANGED, SHARE_CONTACT, REMOVE
    }
}
