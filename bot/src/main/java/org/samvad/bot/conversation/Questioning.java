package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.samvad.db.Language;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.run.RunStatus;

/**
 * Walks a registered worker through the questionnaire: answers, ticks on multiple
 * choice, {@code /skip}, {@code /back}, {@code /status}, the review before confirming,
 * and the reminder and expiry timers.
 */
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
        replies.add(Reply.of(open.get().intro().in(language)));
        return advance(conversation, open.get(), Survey.begin(), replies);
    }

    Outcome answer(Conversation conversation, Questionnaire questionnaire, Input input) {
        Survey survey = conversation.survey();
        Language language = conversation.language();
        Question question = questionnaire.questionAt(survey.position()).orElseThrow();
        String position = Integer.toString(survey.position());
        boolean ticking = question.type() == QuestionType.MULTIPLE_CHOICE;
        if (ticking && input instanceof Input.Press press
                && press.data().startsWith(Prompts.TOGGLE_PREFIX + position + ":")) {
            return toggle(conversation, questionnaire, question, press.data());
        }
        AnswerReader.Reading reading = ticking && input instanceof Input.Press press
                && press.data().equals(Prompts.DONE_PREFIX + position)
                ? AnswerReader.checkedChoices(question, survey.selection(), language)
                : read(question, survey.position(), input, language);
        if (reading instanceof AnswerReader.NotUnderstood notUnderstood) {
            return new Outcome(conversation, List.of(Reply.of(notUnderstood.problem()),
                    Prompts.question(questionnaire, survey, language)));
        }
        AnswerValue value = ((AnswerReader.Understood) reading).value();
        return advance(conversation, questionnaire, survey.answered(question.key(), value), new ArrayList<>());
    }

    Outcome skip(Conversation conversation, Questionnaire questionnaire) {
        Survey survey = conversation.survey();
        Question question = questionnaire.questionAt(survey.position()).orElseThrow();
        if (question.required()) {
            return new Outcome(conversation, List.of(Reply.of(Phrases.CANNOT_SKIP.in(conversation.language())),
                    Prompts.question(questionnaire, survey, conversation.language())));
        }
        return advance(conversation, questionnaire, survey.skippedAt(question.key()), new ArrayList<>());
    }

    Outcome back(Conversation conversation, Questionnaire questionnaire) {
        Survey survey = conversation.survey();
        int from = survey.confirming() ? questionnaire.size() : survey.position();
        OptionalInt previous = Path.previous(questionnaire, survey, from);
        if (previous.isEmpty()) {
            return new Outcome(conversation, List.of(Reply.of(Phrases.FIRST_QUESTION.in(conversation.language())),
                    Prompts.question(questionnaire, survey, conversation.language())));
        }
        Survey back = arriveAt(questionnaire, survey, previous.getAsInt());
        return new Outcome(conversation.withSurvey(back),
                List.of(Prompts.question(questionnaire, back, conversation.language())));
    }

    Outcome status(Conversation conversation, Questionnaire questionnaire) {
        Survey survey = conversation.survey();
        Language language = conversation.language();
        if (survey.confirming()) {
            return new Outcome(conversation, List.of(Reply.of(Phrases.STATUS_REVIEW.in(language)),
                    Review.summary(questionnaire, survey, language)));
        }
        List<Question> path = questionnaire.questions().stream().filter(q -> Path.onPath(q, survey.answers()))
                .toList();
        long answered = path.stream().filter(q -> survey.answers().containsKey(q.key())).count();
        long skipped = path.stream().filter(q -> survey.skipped().contains(q.key())).count();
        String status = Phrases.STATUS.in(language).formatted(answered, path.size(), path.size() - answered - skipped);
        return new Outcome(conversation, List.of(Reply.of(status), Prompts.question(questionnaire, survey, language)));
    }

    /** The worker confirms, asks to change an answer, or picks the one to change. */
    Outcome review(Conversation conversation, Questionnaire questionnaire, Input input) {
        Survey survey = conversation.survey();
        Language language = conversation.language();
        String choice = input instanceof Input.Press press ? press.data()
                : input instanceof Input.Typed typed ? reviewChoice(Typing.normalize(typed.text())) : "";
        if (choice.equals(Prompts.CONFIRM)) {
            return new Outcome(conversation.withSurvey(survey.withStatus(RunStatus.COMPLETED)),
                    List.of(Reply.of(questionnaire.closing().in(language))));
        }
        if (choice.equals(Prompts.CHANGE)) {
            return new Outcome(conversation, List.of(Review.changeMenu(questionnaire, survey, language)));
        }
        if (choice.startsWith(Prompts.EDIT_PREFIX)) {
            OptionalInt position = Typing.wholeNumber(choice.substring(Prompts.EDIT_PREFIX.length()));
            if (position.isPresent() && questionnaire.questionAt(position.getAsInt())
                    .filter(q -> Path.onPath(q, survey.answers())).isPresent()) {
                Survey editing = arriveAt(questionnaire, survey, position.getAsInt());
                return new Outcome(conversation.withSurvey(editing),
                        List.of(Prompts.question(questionnaire, editing, language)));
            }
        }
        Reply summary = Review.summary(questionnaire, survey, language);
        return new Outcome(conversation, input instanceof Input.Press
                ? List.of(Reply.of(Phrases.STALE_BUTTON.in(language)), summary) : List.of(summary));
    }

    Outcome remind(Conversation conversation) {
        return new Outcome(conversation, List.of(Reply.of(Phrases.REMINDER.in(conversation.language())),
                Prompts.current(conversation, assets)));
    }

    Outcome expire(Conversation conversation) {
        return new Outcome(conversation.withSurvey(conversation.survey().withStatus(RunStatus.EXPIRED)),
                List.of(Reply.of(Phrases.EXPIRED.in(conversation.language()))));
    }

    private Outcome advance(Conversation conversation, Questionnaire questionnaire, Survey answered,
            List<Reply> replies) {
        Survey pruned = Path.prune(questionnaire, answered);
        OptionalInt next = Path.next(questionnaire, pruned);
        Survey moved = next.isPresent() ? pruned.at(next.getAsInt()) : pruned.reviewing();
        Language language = conversation.language();
        replies.add(next.isPresent()
                ? Prompts.question(questionnaire, moved, language)
                : Review.summary(questionnaire, moved, language));
        return new Outcome(conversation.withSurvey(moved), replies);
    }

    /** The survey waiting on a question again; a multiple-choice answer comes back ticked. */
    private static Survey arriveAt(Questionnaire questionnaire, Survey survey, int position) {
        Survey there = survey.at(position);
        AnswerValue current = survey.answers().get(questionnaire.questions().get(position).key());
        return current instanceof AnswerValue.Choices choices
                ? there.withSelection(Set.copyOf(choices.optionKeys()))
                : there;
    }

    private static Outcome toggle(Conversation conversation, Questionnaire questionnaire, Question question,
            String data) {
        String key = data.substring(data.lastIndexOf(':') + 1);
        Survey survey = conversation.survey();
        if (question.option(key).isEmpty()) {
            return new Outcome(conversation, List.of(Reply.of(Phrases.STALE_BUTTON.in(conversation.language()))));
        }
        Set<String> selection = new HashSet<>(survey.selection());
        if (!selection.remove(key)) {
            selection.add(key);
        }
        Survey ticked = survey.withSelection(selection);
        return new Outcome(conversation.withSurvey(ticked),
                List.of(Prompts.question(questionnaire, ticked, conversation.language()).inPlace()));
    }

    private static String reviewChoice(String typed) {
        if (AnswerReader.isYes(typed) || typed.equals("confirm") || typed.equals("पुष्टि")) {
            return Prompts.CONFIRM;
        }
        return typed.equals("2") || typed.equals("change") || typed.equals("badlo") || typed.equals("बदलें")
                ? Prompts.CHANGE : "";
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
        String key = data.startsWith(expected) ? data.substring(expected.length()) : null;
        if (key == null || question.choices().stream().noneMatch(o -> o.key().equals(key))) {
            return new AnswerReader.NotUnderstood(Phrases.STALE_BUTTON.in(language));
        }
        return question.type() == QuestionType.RATING
                ? new AnswerReader.Understood(new AnswerValue.Number(Integer.parseInt(key)))
                : new AnswerReader.Understood(new AnswerValue.Choice(key));
    }
}
