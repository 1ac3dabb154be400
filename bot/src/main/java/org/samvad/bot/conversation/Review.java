package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.samvad.bot.conversation.Reply.Button;
import org.samvad.db.Language;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.Questionnaire;

/** The review after the last question: the worker sees their answers, then confirms or changes one. */
final class Review {

    private static final int SHOWN_TEXT = 80;

    private Review() {
    }

    static Reply summary(Questionnaire questionnaire, Survey survey, Language language) {
        StringBuilder text = new StringBuilder(Phrases.REVIEW.in(language));
        for (int i = 0; i < questionnaire.size(); i++) {
            Question question = questionnaire.questions().get(i);
            if (!Path.onPath(question, survey.answers())) {
                continue;
            }
            AnswerValue answer = survey.answers().get(question.key());
            text.append("\n").append(i + 1).append(". ").append(question.text().in(language)).append("\n   → ")
                    .append(answer == null ? Phrases.SKIPPED.in(language) : describe(question, answer, language));
        }
        text.append("\n\n").append(Phrases.CONFIRM_OR_CHANGE.in(language));
        return new Reply(text.toString(), List.of(List.of(
                new Button(Phrases.CONFIRM.in(language), Prompts.CONFIRM),
                new Button(Phrases.CHANGE.in(language), Prompts.CHANGE))));
    }

    /** Buttons for every question on the path, to pick the one whose answer changes. */
    static Reply changeMenu(Questionnaire questionnaire, Survey survey, Language language) {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < questionnaire.size(); i++) {
            Question question = questionnaire.questions().get(i);
            if (Path.onPath(question, survey.answers())) {
                buttons.add(new Button((i + 1) + ". " + shorten(question.text().in(language)),
                        Prompts.EDIT_PREFIX + i));
            }
        }
        return new Reply(Phrases.WHICH_TO_CHANGE.in(language), Prompts.rows(buttons, 1));
    }

    /** An answer as the worker would say it: option labels in their language, numbers, text. */
    static String describe(Question question, AnswerValue answer, Language language) {
        if (answer instanceof AnswerValue.Choice choice) {
            return label(question, choice.optionKey(), language);
        }
        if (answer instanceof AnswerValue.Choices choices) {
            return choices.optionKeys().stream().map(k -> label(question, k, language))
                    .collect(Collectors.joining(", "));
        }
        if (answer instanceof AnswerValue.Number number) {
            return Integer.toString(number.value());
        }
        if (answer instanceof AnswerValue.Nomination nomination) {
            return nomination.phone() == null ? nomination.name() : nomination.name() + ", " + nomination.phone();
        }
        return shorten(((AnswerValue.Text) answer).value());
    }

    private static String label(Question question, String key, Language language) {
        return question.choices().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(QuestionOption::label).map(l -> l.in(language)).orElse(key);
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_TEXT ? text : text.substring(0, SHOWN_TEXT - 1) + "…";
    }
}
