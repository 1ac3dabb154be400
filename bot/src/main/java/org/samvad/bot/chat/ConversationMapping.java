package org.samvad.bot.chat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samvad.bot.conversation.AnswerValue;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.Survey;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.RunProgress;
import org.samvad.db.worker.Worker;

/** Translates between the stored worker and run and the engine's conversation. */
final class ConversationMapping {

    private ConversationMapping() {
    }

    static Conversation toConversation(Worker worker, Optional<QuestionnaireRun> run,
            Optional<Questionnaire> questionnaire) {
        Survey survey = run.map(r -> toSurvey(r, questionnaire)).orElse(null);
        return new Conversation(worker.isAdmitted(), worker.getLanguage(), worker.getName(), worker.getLocationCode(),
                worker.isActive(), survey, worker.getProfile(), worker.getProfileQuestion());
    }

    static RunProgress toProgress(Survey survey) {
        return new RunProgress(survey.position(), survey.skipped(), survey.selection(), survey.confirming(),
                survey.status());
    }

    /**
     * The survey's answers as stored answers. An unchanged answer keeps the time it was
     * first given and what was read in it; a new one is read now.
     */
    static Map<String, Answer> toAnswers(Survey survey, Map<String, Answer> stored, Questionnaire questionnaire,
            AnswerReading reading, Instant now) {
        Map<String, Answer> answers = new HashMap<>();
        survey.answers().forEach((key, value) -> {
            Answer before = stored.get(key);
            QuestionType type = type(questionnaire, key);
            boolean unchanged = before != null && toValue(before, type).equals(value);
            answers.put(key, unchanged ? before : reading.read(toAnswer(value, now), type));
        });
        return answers;
    }

    private static Survey toSurvey(QuestionnaireRun run, Optional<Questionnaire> questionnaire) {
        Map<String, AnswerValue> values = new HashMap<>();
        run.getAnswers().forEach((key, answer) -> values.put(key,
                toValue(answer, questionnaire.map(q -> type(q, key)).orElse(QuestionType.TEXT))));
        RunProgress progress = run.progress();
        return new Survey(progress.position(), values, progress.skipped(), progress.selection(),
                progress.confirming(), progress.status());
    }

    private static QuestionType type(Questionnaire questionnaire, String key) {
        return questionnaire.question(key).map(Question::type).orElse(QuestionType.TEXT);
    }

    private static AnswerValue toValue(Answer answer, QuestionType type) {
        if (answer.optionKey() != null) {
            return new AnswerValue.Choice(answer.optionKey());
        }
        if (answer.optionKeys() != null) {
            return new AnswerValue.Choices(answer.optionKeys());
        }
        if (answer.numberValue() != null) {
            return new AnswerValue.Number(answer.numberValue());
        }
        return type == QuestionType.NOMINATION
                ? new AnswerValue.Nomination(answer.textValue(), answer.phone())
                : new AnswerValue.Text(answer.textValue());
    }

    private static Answer toAnswer(AnswerValue value, Instant now) {
        if (value instanceof AnswerValue.Choice choice) {
            return Answer.option(choice.optionKey(), now);
        }
        if (value instanceof AnswerValue.Choices choices) {
            return Answer.options(choices.optionKeys(), now);
        }
        if (value instanceof AnswerValue.Number number) {
            return Answer.number(number.value(), now);
        }
        if (value instanceof AnswerValue.Nomination nomination) {
            return Answer.nomination(nomination.name(), nomination.phone(), now);
        }
        return Answer.text(((AnswerValue.Text) value).value(), now);
    }
}
