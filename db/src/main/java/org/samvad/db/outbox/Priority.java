package org.samvad.db.outbox;

/**
 * How urgent a queued message is; lower values go first. Replies to a worker in
 * conversation go ahead of reminders, which go ahead of campaign broadcasts.
 */
public final class Priority {

    /** A reply to something the worker just sent. */
    public static final int REPLY = 0;
    /** A reminder or an expiry notice from the bot's timers. */
    public static final int REMINDER = 1;
    /** A campaign's invitation or another message to many workers. */
    public static final int BROADCAST = 2;

    private Priority() {
    }
}
