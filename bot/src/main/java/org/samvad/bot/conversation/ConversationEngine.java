package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.samvad.db.Language;
import org.samvad.db.Text;

/**
 * The conversation as a pure state machine: a conversation and one input go in, the
 * new conversation and the replies to send come out. It reads no clock, sends
 * nothing and stores nothing; the Telegram and database adapters around it do.
 * It never throws for anything a worker can send.
 */
public final class ConversationEngine {

    /**
     * Handles one input.
     *
     * @param conversation the state before; {@link Conversation#empty()} for a new worker
     * @param input what the worker did
     * @param assets locations and the open questionnaire
     * @return the state after and the replies, in order
     */
    public Outcome handle(Conversation conversation, Input input, Assets assets) {
        Questioning questioning = new Questioning(assets);
        Registration registration = new Registration(assets, questioning);
        if (input instanceof Input.Command command) {
            return command(conversation, command.name(), assets, registration);
        }
        if (input instanceof Input.Unreadable || input instanceof Input.Edit) {
            return withPrompt(conversation, assets,
                    input instanceof Input.Edit ? Phrases.EDIT_IGNORED : Phrases.UNREADABLE);
        }
        return switch (conversation.stage()) {
            case LANGUAGE -> registration.chooseLanguage(conversation, input);
            case NAME -> input instanceof Input.Typed typed
                    ? registration.giveName(conversation, typed.text())
                    : withPrompt(conversation, assets, Phrases.STALE_BUTTON);
            case LOCATION -> registration.chooseLocation(conversation, input);
            case NO_SURVEY -> questioning.begin(conversation, new ArrayList<>());
            case QUESTION -> questioning.answer(conversation, input);
            case FINISHED -> new Outcome(conversation, List.of(Prompts.current(conversation, assets)));
        };
    }

    private Outcome command(Conversation conversation, String name, Assets assets, Registration registration) {
        return switch (name) {
            case "start" -> start(conversation, assets, registration);
            case "lang" -> new Outcome(conversation.withLanguage(null), List.of(Prompts.language()));
            case "help" -> {
                List<Reply> replies = new ArrayList<>();
                Language language = conversation.language();
                replies.add(Reply.of(language == null
                        ? Phrases.HELP.hi() + "\n\n" + Phrases.HELP.en()
                        : Phrases.HELP.in(language)));
                replies.add(Prompts.current(conversation, assets));
                yield new Outcome(conversation, replies);
            }
            default -> withPrompt(conversation, assets, Phrases.UNKNOWN_COMMAND);
        };
    }

    private Outcome start(Conversation conversation, Assets assets, Registration registration) {
        return switch (conversation.stage()) {
            case LANGUAGE -> new Outcome(conversation, List.of(Prompts.language()));
            case NO_SURVEY -> registration.moveOn(conversation, conversation, new ArrayList<>());
            case FINISHED -> new Outcome(conversation, List.of(Prompts.current(conversation, assets)));
            default -> new Outcome(conversation, List.of(
                    Reply.of(Phrases.WELCOME_BACK.in(conversation.language())),
                    Prompts.current(conversation, assets)));
        };
    }

    private static Outcome withPrompt(Conversation conversation, Assets assets, Text note) {
        Language language = conversation.language();
        String said = language == null ? note.hi() + "\n" + note.en() : note.in(language);
        return new Outcome(conversation, List.of(Reply.of(said), Prompts.current(conversation, assets)));
    }
}
