package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.samvad.bot.conversation.Reply.Button;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;

/** What the bot asks at each stage of a conversation, with its buttons. */
final class Prompts {

    static final String LANGUAGE_PREFIX = "lang:";
    static final String LOCATION_PREFIX = "loc:";
    static final String ANSWER_PREFIX = "ans:";

    /** More children than this are typed, not offered as buttons. */
    static final int MAX_LOCATION_BUTTONS = 60;

    private Prompts() {
    }

    /** The question the conversation is waiting on, asked (again). */
    static Reply current(Conversation conversation, Assets assets) {
        Language language = conversation.language();
        return switch (conversation.stage()) {
            case LANGUAGE -> language();
            case NAME -> Reply.of(Phrases.ASK_NAME.in(language));
            case LOCATION -> location(conversation.locationCode(), language, assets);
            case NO_SURVEY -> Reply.of(Phrases.NO_QUESTIONNAIRE.in(language));
            case FINISHED -> Reply.of(Phrases.ALREADY_DONE.in(language));
            case QUESTION -> assets.questionnaire()
                    .map(q -> question(q, conversation.survey().position(), language))
                    .orElseGet(() -> Reply.of(Phrases.NO_QUESTIONNAIRE.in(language)));
        };
    }

    static Reply language() {
        return new Reply(Phrases.WELCOME, List.of(List.of(
                new Button(Phrases.LANGUAGE_HINDI, LANGUAGE_PREFIX + Language.HI.code()),
                new Button(Phrases.LANGUAGE_ENGLISH, LANGUAGE_PREFIX + Language.EN.code()))));
    }

    static Reply location(String parentCode, Language language, Assets assets) {
        List<Location> children = assets.childrenOf(parentCode);
        Text ask = children.isEmpty() ? Phrases.ASK_STATE : switch (children.get(0).level()) {
            case STATE -> Phrases.ASK_STATE;
            case DISTRICT -> Phrases.ASK_DISTRICT;
            case ASSEMBLY -> Phrases.ASK_ASSEMBLY;
            case BOOTH -> Phrases.ASK_BOOTH;
        };
        if (children.size() > MAX_LOCATION_BUTTONS) {
            return Reply.of(ask.in(language));
        }
        int perRow = children.get(0).level() == LocationLevel.BOOTH ? 1 : 3;
        List<Button> buttons = children.stream()
                .map(c -> new Button(c.name(language), LOCATION_PREFIX + c.code()))
                .toList();
        return new Reply(ask.in(language), rows(buttons, perRow));
    }

    static Reply question(Questionnaire questionnaire, int position, Language language) {
        Question question = questionnaire.questionAt(position).orElseThrow();
        String progress = Phrases.PROGRESS.in(language).formatted(position + 1, questionnaire.size());
        String text = progress + "\n" + question.text().in(language) + "\n\n" + hint(question, language);
        List<QuestionOption> options = question.choices();
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            QuestionOption option = options.get(i);
            String label = question.type() == QuestionType.YES_NO
                    ? option.label().in(language)
                    : (i + 1) + ". " + option.label().in(language);
            buttons.add(new Button(label, ANSWER_PREFIX + position + ":" + option.key()));
        }
        return new Reply(text, rows(buttons, question.type() == QuestionType.YES_NO ? 2 : 1));
    }

    static String hint(Question question, Language language) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> Phrases.HINT_CHOICE.in(language);
            case YES_NO -> Phrases.HINT_YES_NO.in(language);
            case NUMBER -> Phrases.HINT_NUMBER.in(language).formatted(
                    question.minValue() == null ? 0 : question.minValue(),
                    question.maxValue() == null ? "…" : question.maxValue());
            case TEXT -> Phrases.HINT_TEXT.in(language);
        };
    }

    private static List<List<Button>> rows(List<Button> buttons, int perRow) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
        }
        return rows;
    }
}
