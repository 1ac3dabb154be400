package org.samvad.bot.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samvad.bot.BotSettings;
import org.samvad.bot.DatabaseAssets;
import org.samvad.bot.campaign.CampaignChats;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.ConversationEngine;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Outcome;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.outbox.Priority;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.update.ProcessedUpdates;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs one event of a worker's conversation through the engine: loads the worker, their
 * run and its questionnaire version, hands the engine the input, and stores what
 * changed, in one transaction. A worker's message is claimed by its update id in the
 * same transaction, so a repeated update changes nothing. Storing writes only what
 * changed: the worker's row when the worker changed, the run's row and the answers given.
 * Before the engine, a message over the worker's rate limit is set aside, and an
 * invitation code or a shared phone number is resolved into admission. Someone not
 * admitted is never stored; a worker who asks to be forgotten is erased here. An
 * observer's {@code /invite} and its button presses go to {@link ObserverInvitations}
 * instead of the worker's conversation, claimed the same way.
 * Every reply is queued in the outbox ({@link ReplySender}) in the same transaction, so
 * what the bot decided to say is sent exactly when what it answers is stored.
 */
@Service
public class Chats {

    private final ConversationEngine engine = new ConversationEngine();
    private final ProcessedUpdates processedUpdates;
    private final WorkerRepository workers;
    private final QuestionnaireRunRepository runs;
    private final QuestionnaireVersions questionnaires;
    private final LocationRepository locations;
    private final Admissions admissions;
    private final MessageRateLimit rateLimit;
    private final ObserverInvitations observerInvitations;
    private final CampaignChats campaignChats;
    private final AnswerReading answerReading;
    private final BotSettings settings;
    private final ReplySender replies;
    private final Clock clock;

    Chats(ProcessedUpdates processedUpdates, WorkerRepository workers, QuestionnaireRunRepository runs,
            QuestionnaireVersions questionnaires, LocationRepository locations, Admissions admissions,
            MessageRateLimit rateLimit, ObserverInvitations observerInvitations, CampaignChats campaignChats,
            AnswerReading answerReading, BotSettings settings, ReplySender replies, Clock clock) {
        this.processedUpdates = processedUpdates;
        this.workers = workers;
        this.runs = runs;
        this.questionnaires = questionnaires;
        this.locations = locations;
        this.admissions = admissions;
        this.rateLimit = rateLimit;
        this.observerInvitations = observerInvitations;
        this.campaignChats = campaignChats;
        this.answerReading = answerReading;
        this.settings = settings;
        this.replies = replies;
        this.clock = clock;
    }

    /**
     * Handles one message from a worker and queues the replies (priority 0).
     *
     * @param pressedMessageId the message whose button was pressed, or null; a reply that
     *        replaces it edits it in place
     * @return the replies queued (none for a message dropped by the rate limit), or
     *         empty when this update was handled before
     */
    @Transactional
    public Optional<List<Reply>> handle(long updateId, long telegramUserId, long chatId, Integer pressedMessageId,
            Input input) {
        Instant now = clock.instant();
        if (!processedUpdates.claim(updateId, now)) {
            return Optional.empty();
        }
        MessageRateLimit.Verdict verdict = rateLimit.take(telegramUserId);
        if (verdict == MessageRateLimit.Verdict.DROP) {
            return Optional.of(List.of());
        }
        if (verdict == MessageRateLimit.Verdict.READ) {
            Optional<List<Reply>> observed = observerInvitations.handle(telegramUserId, input, now)
                    .or(() -> campaignChats.handle(telegramUserId, chatId, pressedMessageId, input, now));
            if (observed.isPresent()) {
                replies.queue(chatId, null, pressedMessageId, observed.get(), Priority.REPLY);
                return observed;
            }
        }
        Worker worker = workers.findByTelegramUserId(telegramUserId)
                .orElseGet(() -> Worker.newcomer(telegramUserId, chatId, now));
        Admissions.Resolved resolved = verdict == MessageRateLimit.Verdict.NOTE
                ? Admissions.Resolved.as(new Input.Throttled()) : admissions.resolve(worker, input, now);
        List<Reply> answer = converse(worker, chatId, resolved, now);
        replies.queue(chatId, worker.getId(), pressedMessageId, answer, Priority.REPLY);
        return Optional.of(answer);
    }

    /** Queues an apology to a chat whose update failed (its own transaction, the failed one rolled back). */
    @Transactional
    public void apologise(long chatId, Reply apology) {
        replies.queue(chatId, null, null, List.of(apology), Priority.REPLY);
    }

    /**
     * Hands a timer (reminder or expiry) to the conversation of a run's worker and queues
     * what it says (priority 1).
     *
     * @return the worker's chat and the replies queued there; empty when the run is no longer in progress
     */
    @Transactional
    public Optional<Delivery> timer(long runId, Input input) {
        Instant now = clock.instant();
        Optional<Long> workerId = runs.findWorkerOfRunInProgress(runId);
        if (workerId.isEmpty()) {
            return Optional.empty();
        }
        Worker worker = workers.findById(workerId.get()).orElseThrow();
        List<Reply> replies = converse(worker, worker.getChatId(), Admissions.Resolved.as(input), now);
        if (input instanceof Input.Reminder) {
            runs.markReminded(runId, now);
        }
        this.replies.queue(worker.getChatId(), worker.getId(), null, replies, Priority.REMINDER);
        return Optional.of(new Delivery(worker.getChatId(), replies));
    }

    /** Replies for one chat. */
    public record Delivery(long chatId, List<Reply> replies) {
    }

    private List<Reply> converse(Worker worker, long chatId, Admissions.Resolved input, Instant now) {
        Optional<QuestionnaireRun> run = currentRun(worker);
        Optional<Questionnaire> questionnaire = run
                .map(r -> questionnaires.findById(r.getQuestionnaireId().getId()).orElseThrow())
                .or(() -> questionnaires.findLatestPublished(settings.questionnaire()));
        if (run.isEmpty() && worker.getId() != null && questionnaire.isPresent()) {
            run = runs.findByWorkerIdAndQuestionnaireId(AggregateReference.to(worker.getId()),
                    AggregateReference.to(questionnaire.get().id()));
        }
        Conversation before = ConversationMapping.toConversation(worker, run, questionnaire);
        Outcome outcome = engine.handle(before, input.input(), new DatabaseAssets(locations, questionnaire));
        Conversation after = outcome.conversation();
        if (after.admitted() && !worker.isAdmitted()) {
            admissions.record(worker, input, now);
        }
        boolean stored = worker.getId() != null;
        if ((stored || after.admitted())
                && (!after.equals(before) || !stored || worker.getChatId() != chatId)) {
            store(worker, run, questionnaire, after, chatId, now);
        }
        if (outcome.forget() && worker.getId() != null) {
            worker.forget(now);
            workers.save(worker);
        }
        return outcome.replies();
    }

    private Optional<QuestionnaireRun> currentRun(Worker worker) {
        return worker.getId() == null ? Optional.empty()
                : runs.findInProgress(worker.getId());
    }

    private void store(Worker worker, Optional<QuestionnaireRun> run, Optional<Questionnaire> questionnaire,
            Conversation after, long chatId, Instant now) {
        worker.update(after.language(), after.name(), after.registered() ? worker.getLocationCode()
                : after.locationCode(), chatId, now);
        if (after.registered() && !worker.isActive()) {
            worker.settleAt(locations.findById(after.locationCode()).orElseThrow(), now);
        }
        if (!after.profile().equals(worker.getProfile())) {
            worker.tell(after.profile(), now);
        }
        worker.askProfileQuestion(after.profileStep(), now);
        Worker saved = worker.hasChanges() ? workers.save(worker) : worker;
        if (after.survey() != null && questionnaire.isPresent()) {
            QuestionnaireRun current = run.orElseGet(() -> QuestionnaireRun.start(saved, questionnaire.get(), now));
            current.advance(ConversationMapping.toAnswers(after.survey(), current.getAnswers(), questionnaire.get(),
                    answerReading, now), ConversationMapping.toProgress(after.survey()), now);
            runs.saveChanges(current);
        }
    }
}
