package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    static final String TOGGLE_PREFIX = "tog:";
    static final String DONE_PREFIX = "done:";
    static final String CONFIRM = "confirm";
    static final String CHANGE = "change";
    static final String EDIT_PREFIX = "edit:";

    /** More children than this are typed, not offered as buttons. */
    static final int MAX_LOCATION_BUTTONS = 60;

    private Prompts() {
    }

    /** The question the conversation is waiting on, asked (again). */
    static Reply current(Conversation conversation, Assets assets) {
        Language language = conversation.language();
        return switch (conversation.stage()) {
            case ADMISSION -> Admission.explanation(language);
            case LANGUAGE -> language();
            case NAME -> Reply.of(Phrases.ASK_NAME.in(language));
            case LOCATION -> location(conversation.locationCode(), language, assets);
            case PROFILE -> Profiling.question(conversation.profileStep(), language);
            case NO_SURVEY -> Reply.of(Phrases.NO_QUESTIONNAIRE.in(language));
            case FINISHED -> Reply.of(Phrases.ALREADY_DONE.in(language));
            case EXPIRED -> Reply.of(Phrases.EXPIRED.in(language));
            case QUESTION -> assets.questionnaire()
                    .map(q -> question(q, conversation.survey(), language))
                    .orElseGet(() -> Reply.of(Phrases.NO_QUESTIONNAIRE.in(language)));
            case REVIEW -> assets.questionnaire()
                    .map(q -> Review.summary(q, conversation.survey(), language))
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

    /** The question at the survey's position, with its current answer and (for multiple choice) ticks. */
    static Reply question(Questionnaire questionnaire, Survey survey, Language language) {
        int position = survey.position();
        Question question = questionnaire.questionAt(position).orElseThrow();
        StringBuilder text = new StringBuilder()
                .append(Phrases.PROGRESS.in(language).formatted(position + 1, questionnaire.size())).append('\n')
                .append(question.text().in(language)).append("\n\n").append(hint(question, language));
        if (!question.required()) {
            text.append('\n').append(Phrases.OPTIONAL.in(language));
        }
        AnswerValue current = survey.answers().get(question.key());
        if (current != null) {
            text.append("\n\n").append(Phrases.CURRENT_ANSWER.in(language)
                    .formatted(Review.describe(question, current, language)));
        }
        return new Reply(text.toString(), buttons(question, position, survey.selection(), language));
    }

    private static List<List<Button>> buttons(Question question, int position, Set<String> selection,
            Language language) {
        List<QuestionOption> options = question.choices();
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            QuestionOption option = options.get(i);
            String label = option.label().in(language);
            buttons.add(switch (question.type()) {
                case MULTIPLE_CHOICE -> new Button((selection.contains(option.key()) ? "☑ " : "☐ ") + (i + 1) + ". "
                        + label, TOGGLE_PREFIX + position + ":" + option.key());
                case SINGLE_CHOICE -> new Button((i + 1) + ". " + label, ANSWER_PREFIX + position + ":" + option.key());
                default -> new Button(label, ANSWER_PREFIX + position + ":" + option.key());
            });
        }
        List<List<Button>> rows = rows(buttons, question.type() == QuestionType.YES_NO
                || question.type() == QuestionType.RATING ? 5 : 1);
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            rows.add(List.of(new Button(Phrases.DONE.in(language), DONE_PREFIX + position)));
        }
        return rows;
    }

    /** What fits: the question's own hint where it has one, else the type's. */
    static String hint(Question question, Language language) {
        if (question.hint() != null) {
            return question.hint().in(language);
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> Phrases.HINT_CHOICE.in(language);
            case MULTIPLE_CHOICE -> Phrases.HINT_CHOICES.in(language);
            case YES_NO -> Phrases.HINT_YES_NO.in(language);
            case RATING -> Phrases.HINT_RATING.in(language).formatted(question.ratingMin(), question.ratingMax(),
                    question.ratingMax() - 1 >= question.ratingMin() ? question.ratingMax() - 1 : question.ratingMax());
            case NUMBER -> Phrases.HINT_NUMBER.in(language).formatted(
                    question.minValue() == null ? 0 : question.minValue(),
                    question.maxValue() == null ? "…" : question.maxValue());
            case TEXT -> Phrases.HINT_TEXT.in(language);
            case NOMINATION -> Phrases.HINT_NOMINATION.in(language);
        };
    }

    static List<List<Button>> rows(List<Button> buttons, int perRow) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
        }
        return rows;
    }
}
