package org.samvad.bot.chat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samvad.bot.conversation.AnswerValue;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.Survey;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.worker.Worker;

/** Translates between the stored worker and run and the engine's conversation. */
final class ConversationMapping {

    private ConversationMapping() {
    }

    static Conversation toConversation(Worker worker, Optional<QuestionnaireRun> run) {
        Survey survey = run.map(r -> new Survey(r.getPosition(), toValues(r.getAnswers()), r.isCompleted()))
                .orElse(null);
        return new Conversation(worker.getLanguage(), worker.getName(), worker.getLocationCode(), worker.isActive(),
                survey);
    }

    /** The survey's answers as stored answers; an unchanged answer keeps the time it was first given. */
    static Map<String, Answer> toAnswers(Survey survey, Map<String, Answer> stored, Instant now) {
        Map<String, Answer> answers = new HashMap<>();
        survey.answers().forEach((key, value) -> {
            Answer before = stored.get(key);
            answers.put(key, before != null && toValue(before).equals(value) ? before : toAnswer(value, now));
        });
        return answers;
    }

    private static Map<String, AnswerValue> toValues(Map<String, Answer> answers) {
        Map<String, AnswerValue> values = new HashMap<>();
        answers.forEach((key, answer) -> values.put(key, toValue(answer)));
        return values;
    }

    private static AnswerValue toValue(Answer answer) {
        if (answer.optionKey() != null) {
            return new AnswerValue.Choice(answer.optionKey());
        }
        return answer.numberValue() != null
                ? new AnswerValue.Number(answer.numberValue())
                : new AnswerValue.Text(answer.textValue());
    }

    private static Answer toAnswer(AnswerValue value, Instant now) {
        if (value instanceof AnswerValue.Choice choice) {
            return Answer.option(choice.optionKey(), now);
        }
        if (value instanceof AnswerValue.Number number) {
            return Answer.number(number.value(), now);
        }
        return Answer.text(((AnswerValue.Text) value).value(), now);
    }
}
