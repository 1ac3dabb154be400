package org.samvad.bot.conversation;

/**
 * One thing that happened to a conversation, in the engine's own terms: something the
 * worker did, a timer that fell due, or what the adapter found out about the worker
 * (admitted, refused, too many messages). No Telegram types reach the engine.
 */
public sealed interface Input {

    /** A typed message. */
    record Typed(String text) implements Input {
    }

    /** A press on one of the bot's buttons, with the button's data. */
    record Press(String data) implements Input {
    }

    /**
     * A command such as {@code /start}, by its name without the slash, lower case, and
     * what followed it ({@code /start CODE} from a deep link), or null.
     */
    record Command(String name, String argument) implements Input {

        public Command(String name) {
            this(name, null);
        }

        @Override
        public String toString() {
            return "Command[" + name + (argument == null ? "" : " …") + "]";
        }
    }

    /**
     * A phone number the worker shared, and whether it is their own (the contact is the
     * sender's Telegram account). The adapter resolves it against the roster before the
     * engine; if one reaches the engine it is read like any message it cannot read.
     */
    record SharedContact(String phone, boolean own) implements Input {

        @Override
        public String toString() {
            return "SharedContact[own=" + own + "]";
        }
    }

    /** Something the bot cannot read: a sticker, a photo, a voice note, and so on. */
    record Unreadable(String kind) implements Input {
    }

    /** An edit of an earlier message. */
    record Edit() implements Input {
    }

    /**
     * The worker may answer: their invitation or their phone number on the roster
     * admits them. {@code locationCode} is the place admitted to: a booth (registration
     * then asks for no place), a wider place under which the worker chooses their booth,
     * or null to choose from the states. {@code name} is the roster's name, or null to ask.
     */
    record Admitted(String locationCode, String name) implements Input {

        @Override
        public String toString() {
            return "Admitted[" + locationCode + (name == null ? "" : ", named") + "]";
        }
    }

    /** The worker tried to join and may not, for this reason. */
    record Refused(Reason reason) implements Input {

        /** Why a worker is not admitted. */
        public enum Reason {
            /** No invitation has the code. */
            UNKNOWN_INVITATION,
            EXPIRED_INVITATION,
            REVOKED_INVITATION,
            USED_INVITATION,
            /** The shared phone number is not on the roster. */
            NOT_ON_ROSTER,
            /** The shared contact is someone else's. */
            NOT_OWN_CONTACT,
            /** Another Telegram account has joined with the shared phone number. */
            PHONE_TAKEN
        }
    }

    /** The worker sent more messages than the bot reads in a while; this one is not read. */
    record Throttled() implements Input {
    }

    /** The worker has been quiet for the reminder delay. */
    record Reminder() implements Input {
    }

    /** The run's time is up. */
    record Expiry() implements Input {
    }
}
