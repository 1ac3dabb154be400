package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * The conversation as a pure state machine: a conversation and one input go in, the
 * new conversation and the replies to send come out. It reads no clock, sends
 * nothing and stores nothing; the Telegram and database adapters around it do.
 * Whether a worker may answer at all is found out by the adapters and arrives as an
 * input ({@link Input.Admitted}, {@link Input.Refused}); until then the worker only
 * hears how to join. It never throws for anything a worker can send.
 */
public final class ConversationEngine {

    /**
     * Handles one input.
     *
     * @param conversation the state before; {@link Conversation#empty()} for a new worker
     * @param input what the worker did, or a timer that fell due
     * @param assets locations and the questionnaire of the worker's run (or the open one)
     * @return the state after and the replies, in order
     */
    public Outcome handle(Conversation conversation, Input input, Assets assets) {
        Questioning questioning = new Questioning(assets);
        Registration registration = new Registration(assets, questioning);
        Optional<Questionnaire> questionnaire = assets.questionnaire();
        Conversation.Stage stage = conversation.stage();
        boolean surveying = (stage == Conversation.Stage.QUESTION || stage == Conversation.Stage.REVIEW)
                && questionnaire.isPresent();
        if ((input instanceof Input.Reminder || input instanceof Input.Expiry)
                && stage == Conversation.Stage.PROFILE) {
            return handle(conversation.withProfileStep(null), input, assets); // a timer ends the profile questions
        }
        if (input instanceof Input.Reminder || input instanceof Input.Expiry) {
            return !surveying ? new Outcome(conversation, List.of())
                    : input instanceof Input.Reminder ? questioning.remind(conversation)
                    : questioning.expire(conversation);
        }
        if (input instanceof Input.Throttled) {
            return new Outcome(conversation, List.of(Reply.of(Phrases.said(Phrases.SLOW_DOWN,
                    conversation.language()))));
        }
        if (Forgetting.concerns(input)) {
            return Forgetting.handle(conversation, input, assets);
        }
        if (stage == Conversation.Stage.ADMISSION) {
            return new Admission(assets, registration).handle(conversation, input);
        }
        if (input instanceof Input.Admitted || input instanceof Input.Refused) {
            return new Outcome(conversation, List.of(Prompts.current(conversation, assets)));
        }
        if (stage == Conversation.Stage.PROFILE && input instanceof Input.Command command) {
            return switch (command.name()) {
                case "skip" -> new Profiling(assets).skip(conversation);
                case Profiling.COMMAND -> new Profiling(assets).begin(conversation);
                default -> handle(conversation.withProfileStep(null), input, assets);
            };
        }
        if (input instanceof Input.Command command && command.name().equals(Profiling.COMMAND)) {
            return conversation.registered() ? new Profiling(assets).begin(conversation)
                    : withPrompt(conversation, assets, Phrases.UNKNOWN_COMMAND);
        }
        if (input instanceof Input.Command command) {
            return surveying ? surveyCommand(conversation, command.name(), questionnaire.get(), assets, registration)
                    : command(conversation, command.name(), assets, registration);
        }
        if (input instanceof Input.Unreadable || input instanceof Input.SharedContact || input instanceof Input.Edit) {
            return withPrompt(conversation, assets,
                    input instanceof Input.Edit ? Phrases.EDIT_IGNORED : Phrases.UNREADABLE);
        }
        return switch (stage) {
            case ADMISSION -> new Admission(assets, registration).handle(conversation, input);
            case LANGUAGE -> registration.chooseLanguage(conversation, input);
            case NAME -> input instanceof Input.Typed typed
                    ? registration.giveName(conversation, typed.text())
                    : withPrompt(conversation, assets, Phrases.STALE_BUTTON);
            case LOCATION -> registration.chooseLocation(conversation, input);
            case PROFILE -> new Profiling(assets).answer(conversation, input);
            case NO_SURVEY -> questioning.begin(conversation, new ArrayList<>());
            case QUESTION -> surveying ? questioning.answer(conversation, questionnaire.get(), input)
                    : withPrompt(conversation, assets, Phrases.NO_QUESTIONNAIRE);
            case REVIEW -> surveying ? questioning.review(conversation, questionnaire.get(), input)
                    : withPrompt(conversation, assets, Phrases.NO_QUESTIONNAIRE);
            case FINISHED, EXPIRED -> input instanceof Input.Press
                    ? withPrompt(conversation, assets, Phrases.STALE_BUTTON)
                    : new Outcome(conversation, List.of(Prompts.current(conversation, assets)));
        };
    }

    private Outcome surveyCommand(Conversation conversation, String name, Questionnaire questionnaire, Assets assets,
            Registration registration) {
        boolean answering = conversation.stage() == Conversation.Stage.QUESTION;
        return switch (name) {
            case "back" -> new Questioning(assets).back(conversation, questionnaire);
            case "skip" -> answering ? new Questioning(assets).skip(conversation, questionnaire)
                    : withPrompt(conversation, assets, Phrases.NOTHING_TO_SKIP);
            case "status" -> new Questioning(assets).status(conversation, questionnaire);
            default -> command(conversation, name, assets, registration);
        };
    }

    private Outcome command(Conversation conversation, String name, Assets assets, Registration registration) {
        return switch (name) {
            case "start" -> start(conversation, assets, registration);
            case "lang" -> new Outcome(conversation.withLanguage(null), List.of(Prompts.language()));
            case "help" -> withPrompt(conversation, assets, Phrases.HELP);
            case "back" -> withPrompt(conversation, assets, Phrases.NOTHING_TO_GO_BACK_TO);
            case "skip" -> withPrompt(conversation, assets, Phrases.NOTHING_TO_SKIP);
            case "status" -> new Outcome(conversation, List.of(Prompts.current(conversation, assets)));
            default -> withPrompt(conversation, assets, Phrases.UNKNOWN_COMMAND);
        };
    }

    private Outcome start(Conversation conversation, Assets assets, Registration registration) {
        return switch (conversation.stage()) {
            case LANGUAGE -> new Outcome(conversation, List.of(Prompts.language()));
            case NO_SURVEY -> registration.moveOn(conversation, conversation, new ArrayList<>());
            case FINISHED, EXPIRED -> new Outcome(conversation, List.of(Prompts.current(conversation, assets)));
            default -> new Outcome(conversation, List.of(
                    Reply.of(Phrases.WELCOME_BACK.in(conversation.language())),
                    Prompts.current(conversation, assets)));
        };
    }

    private static Outcome withPrompt(Conversation conversation, Assets assets, Text note) {
        return new Outcome(conversation, List.of(Reply.of(Phrases.said(note, conversation.language())),
                Prompts.current(conversation, assets)));
    }
}
