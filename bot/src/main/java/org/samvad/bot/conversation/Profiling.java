package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.samvad.bot.conversation.Reply.Button;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.worker.Profile;

/**
 * The optional profile, offered by {@code /profile} once a worker is registered: age
 * band, gender, social category, minority, one at a time, each with a Skip button.
 * Answers are read like other answers: a button, the option's number, its label or a
 * usual word in Devanagari, romanized Hindi or English (an age in years for the age
 * band, yes/no for minority). A skipped question is left untold. Afterwards the worker
 * is back where they were (their questionnaire's current question, if any).
 */
final class Profiling {

    static final String COMMAND = "profile";
    static final String PREFIX = "prof:";
    static final String SKIP = "skip";
    static final int QUESTIONS = 4;

    private static final List<Map<String, Text>> OPTIONS = List.of(
            ordered("18-35", ProfilePhrases.YOUTH, "36-50", ProfilePhrases.MIDDLE, "51+", ProfilePhrases.OLDER),
            ordered("FEMALE", ProfilePhrases.WOMAN, "MALE", ProfilePhrases.MAN, "OTHER", ProfilePhrases.OTHER),
            ordered("SC", ProfilePhrases.SC, "ST", ProfilePhrases.ST, "OBC", ProfilePhrases.OBC, "GENERAL",
                    ProfilePhrases.GENERAL),
            ordered("yes", ProfilePhrases.YES, "no", ProfilePhrases.NO));

    private final Assets assets;

    Profiling(Assets assets) {
        this.assets = assets;
    }

    /** Starts (or starts again) with the first question. */
    Outcome begin(Conversation conversation) {
        Conversation asking = conversation.withProfileStep(0);
        return new Outcome(asking, List.of(Reply.of(ProfilePhrases.INTRO.in(conversation.language())),
                question(0, conversation.language())));
    }

    /** A press or a typed answer to the question being asked. */
    Outcome answer(Conversation conversation, Input input) {
        int step = conversation.profileStep();
        Language language = conversation.language();
        Optional<String> value = Optional.empty();
        if (input instanceof Input.Press press) {
            String prefix = PREFIX + step + ":";
            if (!press.data().startsWith(prefix)) {
                return new Outcome(conversation, List.of(Reply.of(Phrases.STALE_BUTTON.in(language)),
                        question(step, language)));
            }
            value = Optional.of(press.data().substring(prefix.length()));
        } else if (input instanceof Input.Typed typed) {
            value = ProfileAnswers.read(step, typed.text());
        }
        if (value.isEmpty() || !value.get().equals(SKIP) && !OPTIONS.get(step).containsKey(value.get())) {
            Text unclear = step == 0 ? ProfilePhrases.AGE_UNCLEAR : ProfilePhrases.UNCLEAR;
            return new Outcome(conversation, List.of(Reply.of(unclear.in(language)), question(step, language)));
        }
        return next(conversation, value.get().equals(SKIP) ? conversation.profile()
                : told(conversation.profile(), step, value.get()));
    }

    /** {@code /skip}: leaves the question untold and moves on. */
    Outcome skip(Conversation conversation) {
        return next(conversation, conversation.profile());
    }

    /** The question at a step, with its options and Skip as buttons. */
    static Reply question(int step, Language language) {
        List<Button> buttons = new ArrayList<>();
        OPTIONS.get(step).forEach((key, label) -> buttons.add(new Button(label.in(language),
                PREFIX + step + ":" + key)));
        List<List<Button>> rows = new ArrayList<>(Prompts.rows(buttons, step == 2 ? 1 : buttons.size()));
        rows.add(List.of(new Button(ProfilePhrases.SKIP.in(language), PREFIX + step + ":" + SKIP)));
        return new Reply(ProfilePhrases.QUESTIONS.get(step).in(language), rows);
    }

    private Outcome next(Conversation conversation, Profile profile) {
        int step = conversation.profileStep() + 1;
        Conversation after = conversation.withProfile(profile, step < QUESTIONS ? step : null);
        if (step < QUESTIONS) {
            return new Outcome(after, List.of(question(step, after.language())));
        }
        return new Outcome(after, List.of(Reply.of(ProfilePhrases.THANKS.in(after.language())),
                Prompts.current(after, assets)));
    }

    private static Profile told(Profile profile, int step, String value) {
        return switch (step) {
            case 0 -> new Profile(value, profile.gender(), profile.socialCategory(), profile.minority());
            case 1 -> new Profile(profile.ageBand(), value, profile.socialCategory(), profile.minority());
            case 2 -> new Profile(profile.ageBand(), profile.gender(), value, profile.minority());
            default -> new Profile(profile.ageBand(), profile.gender(), profile.socialCategory(), value.equals("yes"));
        };
    }

    /** The option keys of a step in order (the option's number is its position from 1). */
    static List<String> keys(int step) {
        return List.copyOf(OPTIONS.get(step).keySet());
    }

    private static Map<String, Text> ordered(Object... pairs) {
        Map<String, Text> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Text) pairs[i + 1]);
        }
        return map;
    }

    static OptionalInt number(String normalized) {
        OptionalInt digits = Typing.wholeNumber(normalized);
        return digits.isPresent() ? digits : NumberWords.value(normalized);
    }
}
