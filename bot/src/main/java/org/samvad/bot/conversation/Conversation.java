package org.samvad.bot.conversation;

import org.samvad.db.Language;

/**
 * Everything the engine knows about one worker's conversation. Each field is null
 * until the worker has given it: {@code language}, {@code name}, {@code locationCode}
 * (the most specific place chosen so far; the booth once registered) and
 * {@code survey} (null until a questionnaire has started).
 */
public record Conversation(Language language, String name, String locationCode, boolean registered,
        Survey survey) {

    /** A worker the bot has never heard from. */
    public static Conversation empty() {
        return new Conversation(null, null, null, false, null);
    }

    /** The step the conversation is at, derived from what is known. */
    public Stage stage() {
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

    Conversation withLanguage(Language value) {
        return new Conversation(value, name, locationCode, registered, survey);
    }

    Conversation withName(String value) {
        return new Conversation(language, value, locationCode, registered, survey);
    }

    Conversation withLocation(String code, boolean booth) {
        return new Conversation(language, name, code, booth, survey);
    }

    Conversation withSurvey(Survey value) {
        return new Conversation(language, name, locationCode, registered, value);
    }

    /** The steps of a conversation. */
    public enum Stage {
        LANGUAGE, NAME, LOCATION, NO_SURVEY, QUESTION, REVIEW, FINISHED, EXPIRED
    }
}
