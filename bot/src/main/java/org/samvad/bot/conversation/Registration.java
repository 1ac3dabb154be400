package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.samvad.db.Language;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;

/**
 * Registration: the worker's language, name, and place from state down to booth.
 * A booth fixed by admission (an invitation's, the roster's) is taken as it is, and a
 * name from the roster is not asked again. Otherwise, where there is only one state it
 * is chosen for the worker; district, assembly constituency and booth are always the
 * worker's own choice below the place they were admitted to.
 */
final class Registration {

    static final int MAX_NAME_LENGTH = 60;

    private final Assets assets;
    private final Questioning questioning;

    Registration(Assets assets, Questioning questioning) {
        this.assets = assets;
        this.questioning = questioning;
    }

    Outcome chooseLanguage(Conversation conversation, Input input) {
        Optional<Language> chosen = Optional.empty();
        if (input instanceof Input.Press press && press.data().startsWith(Prompts.LANGUAGE_PREFIX)) {
            chosen = languageOfCode(press.data().substring(Prompts.LANGUAGE_PREFIX.length()));
        } else if (input instanceof Input.Typed typed) {
            chosen = languageTyped(Typing.normalize(typed.text()));
        }
        if (chosen.isEmpty()) {
            return new Outcome(conversation, input instanceof Input.Press
                    ? List.of(Reply.of(Phrases.said(Phrases.STALE_BUTTON, conversation.language())), Prompts.language())
                    : List.of(Prompts.language()));
        }
        return moveOn(conversation, conversation.withLanguage(chosen.get()), new ArrayList<>());
    }

    Outcome giveName(Conversation conversation, String typed) {
        String name = typed.strip().replaceAll("\\s+", " ");
        boolean hasLetter = name.codePoints().anyMatch(Character::isLetter);
        if (!hasLetter || name.length() > MAX_NAME_LENGTH) {
            Language language = conversation.language();
            return new Outcome(conversation, List.of(
                    Reply.of(Phrases.NAME_UNCLEAR.in(language).formatted(MAX_NAME_LENGTH))));
        }
        return moveOn(conversation, conversation.withName(name), new ArrayList<>());
    }

    Outcome chooseLocation(Conversation conversation, Input input) {
        List<Location> children = assets.childrenOf(conversation.locationCode());
        Optional<Location> chosen = Optional.empty();
        if (input instanceof Input.Press press && press.data().startsWith(Prompts.LOCATION_PREFIX)) {
            String code = press.data().substring(Prompts.LOCATION_PREFIX.length());
            chosen = children.stream().filter(c -> c.code().equals(code)).findFirst();
        } else if (input instanceof Input.Typed typed) {
            chosen = match(children, Typing.normalize(typed.text()));
        }
        Language language = conversation.language();
        if (chosen.isEmpty()) {
            String what = input instanceof Input.Typed typed ? typed.text().strip() : "";
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.of(input instanceof Input.Typed
                    ? Phrases.LOCATION_UNCLEAR.in(language).formatted(abbreviate(what))
                    : Phrases.STALE_BUTTON.in(language)));
            replies.add(Prompts.current(conversation, assets));
            return new Outcome(conversation, replies);
        }
        Location location = chosen.get();
        return moveOn(conversation, conversation.withLocation(location.code(), location.isBooth()),
                new ArrayList<>());
    }

    /**
     * After a step of registration: register at the booth already known (an invitation's
     * or the roster's), choose single options, or ask what comes next.
     */
    Outcome moveOn(Conversation before, Conversation after, List<Reply> replies) {
        Conversation next = after;
        while (next.stage() == Conversation.Stage.LOCATION) {
            Optional<Location> here = Optional.ofNullable(next.locationCode()).flatMap(assets::location);
            if (here.filter(Location::isBooth).isPresent()) {
                next = next.withLocation(here.get().code(), true);
                break;
            }
            List<Location> children = assets.childrenOf(next.locationCode());
            if (children.size() != 1 || children.get(0).level() != LocationLevel.STATE) {
                break;
            }
            next = next.withLocation(children.get(0).code(), children.get(0).isBooth());
        }
        if (next.registered() && !before.registered()) {
            Location booth = assets.location(next.locationCode()).orElseThrow();
            replies.add(Reply.of(Phrases.REGISTERED.in(next.language())
                    .formatted(next.name(), booth.name(next.language()))));
        }
        if (next.stage() == Conversation.Stage.NO_SURVEY) {
            return questioning.begin(next, replies);
        }
        replies.add(Prompts.current(next, assets));
        return new Outcome(next, replies);
    }

    private static Optional<Location> match(List<Location> children, String typed) {
        OptionalInt number = Typing.wholeNumber(typed);
        return children.stream()
                .filter(c -> number.isPresent()
                        ? c.number() != null && c.number() == number.getAsInt()
                        : typed.equals(Typing.normalize(c.nameEn()))
                                || typed.equals(Typing.normalize(c.nameHi()))
                                || typed.equals(Typing.normalize(c.code()))
                                || c.code().toLowerCase(Locale.ROOT).endsWith("-" + typed))
                .findFirst();
    }

    private static Optional<Language> languageOfCode(String code) {
        return switch (code) {
            case "hi" -> Optional.of(Language.HI);
            case "en" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    private static Optional<Language> languageTyped(String typed) {
        return switch (typed) {
            case "1", "hi", "hindi", "हिन्दी", "हिंदी" -> Optional.of(Language.HI);
            case "2", "en", "english", "angrezi", "इंग्लिश", "अंग्रेज़ी", "अंग्रेजी" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
