package org.samvad.bot.conversation;

import org.samvad.db.Language;

/**
 * Everything the engine knows about one worker's conversation. {@code admitted} says
 * the worker may answer (invited, on the roster, or registered before); a registered
 * worker is always admitted. Each other field is null until the worker has given it:
 * {@code language}, {@code name}, {@code locationCode} (the most specific place known
 * so far; the booth once registered) and {@code survey} (null until a questionnaire
 * has started).
 */
public record Conversation(boolean admitted, Language language, String name, String locationCode,
        boolean registered, Survey survey) {

    public Conversation {
        admitted = admitted || registered;
    }

    /** A worker the bot has never heard from. */
    public static Conversation empty() {
        return new Conversation(false, null, null, null, false, null);
    }

    /** The step the conversation is at, derived from what is known. */
    public Stage stage() {
        if (!admitted) {
            return Stage.ADMISSION;
        }
        if (language == null) {
            return Stage.LANGUAGE;
        }
        if (name == null) {
            return Stage.NAME;
        }
        if (!registered) {
            return Stage.LOCATION;
        }
        if (survey == null) {
            return Stage.NO_SURVEY;
        }
        return switch (survey.status()) {
            case COMPLETED -> Stage.FINISHED;
            case EXPIRED -> Stage.EXPIRED;
            case IN_PROGRESS -> survey.confirming() ? Stage.REVIEW : Stage.QUESTION;
        };
    }

    /** Admitted to a place (or none), with the roster's name when there is one. */
    Conversation admittedTo(String location, String rosterName) {
        return new Conversation(true, language, rosterName == null ? name : rosterName, location, false, survey);
    }

    Conversation withLanguage(Language value) {
        return new Conversation(admitted, value, name, locationCode, registered, survey);
    }

    Conversation withName(String value) {
        return new Conversation(admitted, language, value, locationCode, registered, survey);
    }

    Conversation withLocation(String code, boolean booth) {
        return new Conversation(admitted, language, name, code, booth, survey);
    }

    Conversation withSurvey(Survey value) {
        return new Conversation(admitted, language, name, locationCode, registered, value);
    }

    @Override
    public String toString() {
        return "Conversation[stage=" + stage() + ", language=" + language + ", location=" + locationCode
                + ", survey=" + (survey == null ? "none" : survey.position() + " " + survey.status()) + "]";
    }

    /** The steps of a conversation. */
    public enum Stage {
        ADMISSION, LANGUAGE, NAME, LOCATION, NO_SURVEY, QUESTION, REVIEW, FINISHED, EXPIRED
    }
}
