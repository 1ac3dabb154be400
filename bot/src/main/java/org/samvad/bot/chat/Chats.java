package org.samvad.bot.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.samvad.bot.BotSettings;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.ConversationEngine;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Outcome;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.update.ProcessedUpdates;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs one worker message through the conversation engine: loads the worker's
 * conversation, hands the engine the message, and stores what changed, all in one
 * transaction with the claim on the update id, so a repeated update changes nothing.
 */
@Service
public class Chats {

    private final ConversationEngine engine = new ConversationEngine();
    private final ProcessedUpdates processedUpdates;
    private final WorkerRepository workers;
    private final QuestionnaireRunRepository runs;
    private final QuestionnaireRepository questionnaires;
    private final LocationRepository locations;
    private final BotSettings settings;
    private final Clock clock;

    Chats(ProcessedUpdates processedUpdates, WorkerRepository workers, QuestionnaireRunRepository runs,
            QuestionnaireRepository questionnaires, LocationRepository locations, BotSettings settings, Clock clock) {
        this.processedUpdates = processedUpdates;
        this.workers = workers;
        this.runs = runs;
        this.questionnaires = questionnaires;
        this.locations = locations;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Handles one message from a worker.
     *
     * @return the replies to send, or empty when this update was handled before
     */
    @Transactional
    public Optional<List<Reply>> handle(long updateId, long telegramUserId, long chatId, Input input) {
        Instant now = clock.instant();
        if (!processedUpdates.claim(updateId, now)) {
            return Optional.empty();
        }
        Worker worker = workers.findByTelegramUserId(telegramUserId)
                .orElseGet(() -> Worker.newcomer(telegramUserId, chatId, now));
        Optional<Questionnaire> questionnaire = questionnaires.findLatestPublished(settings.questionnaire());
        Optional<QuestionnaireRun> run = worker.getId() == null || questionnaire.isEmpty()
                ? Optional.empty()
                : runs.findByWorkerIdAndQuestionnaireId(AggregateReference.to(worker.getId()),
                        AggregateReference.to(questionnaire.get().id()));
        Conversation before = ConversationMapping.toConversation(worker, run);
        Outcome outcome = engine.handle(before, input, new DatabaseAssets(locations, questionnaire));
        if (!outcome.conversation().equals(before) || worker.getId() == null || worker.getChatId() != chatId) {
            store(worker, run, questionnaire, outcome.conversation(), chatId, now);
        }
        return Optional.of(outcome.replies());
    }

    private void store(Worker worker, Optional<QuestionnaireRun> run, Optional<Questionnaire> questionnaire,
            Conversation after, long chatId, Instant now) {
        worker.update(after.language(), after.name(), after.registered() ? worker.getLocationCode()
                : after.locationCode(), chatId, now);
        if (after.registered() && !worker.isActive()) {
            worker.settleAt(locations.findById(after.locationCode()).orElseThrow(), now);
        }
        Worker saved = workers.save(worker);
        if (after.survey() != null && questionnaire.isPresent()) {
            QuestionnaireRun current = run.orElseGet(() -> QuestionnaireRun.start(saved, questionnaire.get(), now));
            current.advance(ConversationMapping.toAnswers(after.survey(), current.getAnswers(), now),
                    new RunProgress(after.survey().position(), Set.of(), Set.of(), false,
                            after.survey().complete() ? RunStatus.COMPLETED : RunStatus.IN_PROGRESS), now);
            runs.save(current);
        }
    }
}
