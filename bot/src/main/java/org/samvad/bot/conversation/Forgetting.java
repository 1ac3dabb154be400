package org.samvad.bot.conversation;

import java.util.List;
import org.samvad.bot.conversation.Reply.Button;
import org.samvad.db.Language;
import org.samvad.db.run.RunStatus;

/**
 * {@code /forget}: the worker is asked to confirm, and on confirming the outcome says
 * to erase their personal data. A run in progress is closed with the answers given so
 * far, which stay and count at the worker's booth.
 */
final class Forgetting {

    static final String COMMAND = "forget";
    static final String PREFIX = "forget:";
    static final String YES = PREFIX + "yes";
    static final String NO = PREFIX + "no";

    private Forgetting() {
    }

    static boolean concerns(Input input) {
        return input instanceof Input.Command command && command.name().equals(COMMAND)
                || input instanceof Input.Press press && press.data().startsWith(PREFIX);
    }

    static Outcome handle(Conversation conversation, Input input, Assets assets) {
        Language language = conversation.language();
        if (input instanceof Input.Command) {
            return new Outcome(conversation, List.of(new Reply(Phrases.said(Phrases.FORGET_ASK, language), List.of(
                    List.of(new Button(Phrases.label(Phrases.FORGET_YES, language), YES)),
                    List.of(new Button(Phrases.label(Phrases.FORGET_NO, language), NO))))));
        }
        String data = ((Input.Press) input).data();
        if (data.equals(YES)) {
            Survey survey = conversation.survey();
            Conversation closed = survey != null && survey.open()
                    ? conversation.withSurvey(survey.withStatus(RunStatus.EXPIRED)) : conversation;
            return new Outcome(closed, List.of(Reply.removingKeyboard(Phrases.said(Phrases.FORGOTTEN, language))),
                    true);
        }
        Reply note = Reply.of(Phrases.said(data.equals(NO) ? Phrases.FORGET_KEPT : Phrases.STALE_BUTTON, language));
        return new Outcome(conversation, List.of(note, Prompts.current(conversation, assets)));
    }
}
