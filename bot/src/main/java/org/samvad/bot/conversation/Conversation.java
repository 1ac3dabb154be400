package org.samvad.bot.conversation;

import org.samvad.db.Language;
import org.samvad.db.worker.Profile;

/**
 * Everything the engine knows about one worker's conversation. {@code admitted} says
 * the worker may answer (invited, on the roster, or registered before); a registered
 * worker is always admitted. Each other field is null until the worker has given it:
 * {@code language}, {@code name}, {@code locationCode} (the most specific place known
 * so far; the booth once registered) and {@code survey} (null until a questionnaire
 * has started). {@code profile} is what the worker told about themselves (never null;
 * {@link Profile#UNTOLD} when nothing) and {@code profileStep} the profile question being
 * asked (0 to 3), null when the profile is not being asked.
 */
public record Conversation(boolean admitted, Language language, String name, String locationCode,
        boolean registered, Survey survey, Profile profile, Integer profileStep) {

    public Conversation {
        admitted = admitted || registered;
        profile = profile == null ? Profile.UNTOLD : profile;
    }

    /** A conversation with nothing told about the worker and no profile question asked. */
    public Conversation(boolean admitted, Language language, String name, String locationCode, boolean registered,
            Survey survey) {
        this(admitted, language, name, locationCode, registered, survey, Profile.UNTOLD, null);
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
        if (profileStep != null) {
            return Stage.PROFILE;
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
        return new Conversation(true, language, rosterName == null ? name : rosterName, location, false, survey,
                profile, profileStep);
    }

    Conversation withLanguage(Language value) {
        return new Conversation(admitted, value, name, locationCode, registered, survey, profile, profileStep);
    }

    Conversation withName(String value) {
        return new Conversation(admitted, language, value, locationCode, registered, survey, profile, profileStep);
    }

    Conversation withLocation(String code, boolean booth) {
        return new Conversation(admitted, language, name, code, booth, survey, profile, profileStep);
    }

    Conversation withSurvey(Survey value) {
        return new Conversation(admitted, language, name, locationCode, registered, value, profile, profileStep);
    }

    Conversation withProfileStep(Integer step) {
        return new Conversation(admitted, language, name, locationCode, registered, survey, profile, step);
    }

    Conversation withProfile(Profile told, Integer step) {
        return new Conversation(admitted, language, name, locationCode, registered, survey, told, step);
    }

    @Override
    public String toString() {
        return "Conversation[stage=" + stage() + ", language=" + language + ", location=" + locationCode
                + ", survey=" + (survey == null ? "none" : survey.position() + " " + survey.status())
                + (profileStep == null ? "" : ", profile question " + profileStep) + "]";
    }

    /** The steps of a conversation. */
    public enum Stage {
        ADMISSION, LANGUAGE, NAME, LOCATION, PROFILE, NO_SURVEY, QUESTION, REVIEW, FINISHED, EXPIRED
    }
}
