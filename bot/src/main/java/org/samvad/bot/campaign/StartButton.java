package org.samvad.bot.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samvad.bot.DatabaseAssets;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.ConversationEngine;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Outcome;
import org.samvad.bot.conversation.Reply;
import org.samvad.bot.conversation.Survey;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.CampaignPlanner;
import org.samvad.db.campaign.CampaignRepository;
import org.samvad.db.campaign.CampaignTexts;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Component;

/**
 * A worker's press on a campaign invitation's start button ({@code cmp:<campaign>}):
 * starts the campaign's questionnaire version in a run linked to the campaign, and asks
 * its first question through the conversation engine, exactly as the engine begins any
 * questionnaire. A worker already in that questionnaire, done with it, or in the middle
 * of another is told so kindly; after the campaign's expiry (or once it is closed) the
 * button says the survey is closed. A press from someone who is not a registered worker
 * is left to the conversation; a forged one, or one for a campaign that did not invite
 * the worker, starts nothing. Logs carry ids only.
 */
@Component
class StartButton {

    private static final Logger log = LoggerFactory.getLogger(StartButton.class);

    private final ConversationEngine engine = new ConversationEngine();
    private final WorkerRepository workers;
    private final CampaignRepository campaigns;
    private final CampaignPlanner planner;
    private final QuestionnaireRepository questionnaires;
    private final QuestionnaireRunRepository runs;
    private final LocationRepository locations;

    StartButton(WorkerRepository workers, CampaignRepository campaigns, CampaignPlanner planner,
            QuestionnaireRepository questionnaires, QuestionnaireRunRepository runs, LocationRepository locations) {
        this.workers = workers;
        this.campaigns = campaigns;
        this.planner = planner;
        this.questionnaires = questionnaires;
        this.runs = runs;
        this.locations = locations;
    }

    static boolean concerns(Input input) {
        return input instanceof Input.Press press && press.data().startsWith(CampaignTexts.START_PREFIX);
    }

    /** The replies to a press that {@link #concerns} this button; empty to leave it to the conversation. */
    Optional<List<Reply>> press(long telegramUserId, String data, Instant now) {
        Optional<Worker> found = workers.findByTelegramUserId(telegramUserId).filter(Worker::isActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Worker worker = found.get();
        Language language = worker.getLanguage();
        String id = data.substring(CampaignTexts.START_PREFIX.length());
        Optional<Campaign> campaign = id.matches("\\d{1,18}") ? campaigns.findById(Long.parseLong(id))
                : Optional.empty();
        if (campaign.isEmpty() || !planner.isInvited(campaign.get().getId(), worker.getId())) {
            return say(CampaignPhrases.NOT_VALID, language);
        }
        if (!campaign.get().isOpenAt(now)) {
            return say(CampaignPhrases.CLOSED, language);
        }
        Optional<QuestionnaireRun> earlier = runs.findByWorkerIdAndQuestionnaireId(AggregateReference.to(worker.getId()),
                campaign.get().getQuestionnaireId());
        if (earlier.isPresent()) {
            RunStatus status = earlier.get().getStatus();
            return say(status == RunStatus.IN_PROGRESS ? CampaignPhrases.ALREADY_ANSWERING
                    : status == RunStatus.COMPLETED ? CampaignPhrases.ALREADY_DONE : CampaignPhrases.CLOSED, language);
        }
        if (runs.findInProgress(worker.getId()).isPresent()) {
            return say(CampaignPhrases.OTHER_FIRST, language);
        }
        return Optional.of(begin(worker, campaign.get(), data, now));
    }

    private List<Reply> begin(Worker worker, Campaign campaign, String data, Instant now) {
        Questionnaire questionnaire = questionnaires.findById(campaign.getQuestionnaireId().getId()).orElseThrow();
        Conversation waiting = new Conversation(true, worker.getLanguage(), worker.getName(), worker.getLocationCode(),
                true, null);
        Outcome outcome = engine.handle(waiting, new Input.Press(data),
                new DatabaseAssets(locations, Optional.of(questionnaire)));
        Survey survey = outcome.conversation().survey();
        if (survey != null) {
            QuestionnaireRun run = QuestionnaireRun.start(worker, questionnaire, campaign, now);
            run.advance(Map.of(), new RunProgress(survey.position(), survey.skipped(), survey.selection(),
                    survey.confirming(), survey.status()), now);
            runs.save(run);
            log.info("Worker {} started campaign {}", worker.getId(), campaign.getId());
        }
        return outcome.replies();
    }

    private static Optional<List<Reply>> say(Text text, Language language) {
        return Optional.of(List.of(Reply.of(text.in(language))));
    }
}
