package org.samvad.bot.campaign;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.CampaignPlanner;
import org.samvad.db.campaign.Preflight;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes an observer's {@code /survey} and presses on its buttons out of the worker
 * conversation: loads the observer, runs the {@link SurveyDialog}, and makes the
 * campaign it asks for through the same planner as the admin API, starting now, with
 * the reminder delay, duration and quiet hours of {@link SurveySettings}. A confirmation
 * button makes one campaign however often it is pressed: later presses of it are
 * answered with the campaign it made. {@code /survey} from
 * someone who is not an appointed observer, and {@code srv:} presses from someone who
 * was never one, are left to the worker conversation. Logs carry the observer's id only.
 */
@Component
class ObserverSurveys {

    private static final Logger log = LoggerFactory.getLogger(ObserverSurveys.class);

    private final SurveyDialog dialog = new SurveyDialog();
    private final ObserverRepository observers;
    private final QuestionnaireRepository questionnaires;
    private final LocationRepository locations;
    private final CampaignPlanner planner;
    private final SurveySettings settings;

    ObserverSurveys(ObserverRepository observers, QuestionnaireRepository questionnaires,
            LocationRepository locations, CampaignPlanner planner, SurveySettings settings) {
        this.observers = observers;
        this.questionnaires = questionnaires;
        this.locations = locations;
        this.planner = planner;
        this.settings = settings;
    }

    /**
     * The replies to an observer's input, or empty when it is not for this dialog or not from an observer.
     *
     * @param pressed names the chat and message whose button was pressed; null for a typed input
     */
    Optional<List<Reply>> handle(long telegramUserId, Input input, String pressed, Instant now) {
        if (!SurveyDialog.concerns(input)) {
            return Optional.empty();
        }
        Optional<Observer> observer = observers.findByTelegramUserId(telegramUserId)
                .filter(o -> input instanceof Input.Press || !o.isRevoked());
        if (observer.isEmpty()) {
            return Optional.empty();
        }
        SurveyDialog.Step step = dialog.handle(observer.get(), catalogue(now), input);
        if (step.launch().isEmpty()) {
            return Optional.of(step.replies());
        }
        return Optional.of(List.of(launch(observer.get(), step.launch().get(), pressed, now)));
    }

    private Reply launch(Observer observer, SurveyDialog.Launch launch, String pressed, Instant now) {
        Campaign planned = Campaign.plan(launch.questionnaire(), launch.scope(), now, settings.reminderDelay(),
                now.plus(settings.duration()), settings.quiet(), false, "observer " + observer.getId(), now);
        CampaignPlanner.Launched launched = pressed == null
                ? planner.launch(planned, launch.questionnaire(), launch.scope(), now)
                : planner.launchOnce(pressed, planned, launch.questionnaire(), launch.scope(), now);
        log.info(launched.again() ? "Observer {} pressed the confirmation of campaign {} again"
                : "Observer {} started campaign {}", observer.getId(), launched.campaign().getId());
        return dialog.launched(launched.campaign().getId(), launch.scope(), launched.campaign().getTargeted(),
                launched.preflight());
    }

    private SurveyDialog.Catalogue catalogue(Instant now) {
        return new SurveyDialog.Catalogue() {

            @Override
            public Optional<Location> location(String code) {
                return locations.findById(code);
            }

            @Override
            public List<Location> childrenWithBooths(String code) {
                return locations.findChildrenWithBooths(code);
            }

            @Override
            public List<Questionnaire> published() {
                Map<String, Optional<Questionnaire>> newest = questionnaires.findAllByOrderBySlugAscVersionAsc()
                        .stream().filter(q -> q.status() == QuestionnaireStatus.PUBLISHED)
                        .collect(Collectors.groupingBy(Questionnaire::slug,
                                Collectors.maxBy(Comparator.comparingInt(Questionnaire::version))));
                return newest.values().stream().flatMap(Optional::stream)
                        .sorted(Comparator.comparing(Questionnaire::slug)).toList();
            }

            @Override
            public Optional<Questionnaire> published(long id) {
                return questionnaires.findById(id).filter(q -> q.status() == QuestionnaireStatus.PUBLISHED);
            }

            @Override
            public Preflight preflight(Location scope) {
                return planner.preflight(scope, now, settings.quiet(), false, now);
            }
        };
    }
}
