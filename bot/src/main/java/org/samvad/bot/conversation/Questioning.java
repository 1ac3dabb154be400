package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samvad.db.Language;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.Questionnaire;

/** Walks a registered worker through the questionnaire, one question at a time. */
final class Questioning {

    private final Assets assets;

    Questioning(Assets assets) {
        this.assets = assets;
    }

    /** Starts the questionnaire if one is open; otherwise says there is none. */
    Outcome begin(Conversation conversation, List<Reply> replies) {
        Language language = conversation.language();
        Optional<Questionnaire> open = assets.questionnaire().filter(q -> q.size() > 0);
        if (open.isEmpty()) {
            replies.add(Reply.of(Phrases.NO_QUESTIONNAIRE.in(language)));
            return new Outcome(conversation, replies);
        }
        Conversation started = conversation.withSurvey(Survey.begin());
        replies.add(Reply.of(open.get().intro().in(language)));
        replies.add(Prompts.question(open.get(), 0, language));
        return new Outcome(started, replies);
    }

    Outcome answer(Conversation conversation, Input input) {
        Optional<Questionnaire> open = assets.questionnaire();
        if (open.isEmpty()) {
            return new Outcome(conversation, List.of(Reply.of(Phrases.NO_QUESTIONNAIRE.in(conversation.language()))));
        }
        Questionnaire questionnaire = open.get();
        Survey survey = conversation.survey();
        Question question = questionnaire.questionAt(survey.position()).orElseThrow();
        AnswerReader.Reading reading = read(question, survey.position(), input, conversation.language());
        if (reading instanceof AnswerReader.NotUnderstood notUnderstood) {
            return new Outcome(conversation, List.of(Reply.of(notUnderstood.problem()),
                    Prompts.question(questionnaire, survey.position(), conversation.language())));
        }
        AnswerValue value = ((AnswerReader.Understood) reading).value();
        int next = survey.position() + 1;
        boolean complete = next >= questionnaire.size();
        Conversation answered = conversation.withSurvey(survey.answer(question.key(), value, complete ? survey.position() : next, complete));
        List<Reply> replies = new ArrayList<>();
        replies.add(complete
                ? Reply.of(questionnaire.closing().in(conversation.language()))
                : Prompts.question(questionnaire, next, conversation.language()));
        return new Outcome(answered, replies);
    }

    private static AnswerReader.Reading read(Question question, int position, Input input, Language language) {
        if (input instanceof Input.Typed typed) {
            return AnswerReader.read(question, typed.text(), language);
        }
        if (input instanceof Input.Press press) {
            return pressed(question, position, press.data(), language);
        }
        return new AnswerReader.NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language));
    }

    private static AnswerReader.Reading pressed(Question question, int position, String data, Language language) {
        String expected = Prompts.ANSWER_PREFIX + position + ":";
        if (!data.startsWith(expected)) {
            return new AnswerReader.NotUnderstood(Phrases.STALE_BUTTON.in(language));
        }
        String key = data.substring(expected.length());
        boolean known = question.choices().stream().anyMatch(o -> o.key().equals(key));
        return known
                ? new AnswerReader.Understood(new AnswerValue.Choice(key))
                : new AnswerReader.NotUnderstood(Phrases.STALE_BUTTON.in(language));
    }
}
