package org.samvad.admin.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.samvad.admin.Conflict;
import org.samvad.admin.NotFoundException;
import org.samvad.admin.Unprocessable;
import org.samvad.admin.access.CurrentCaller;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.CampaignPlanner;
import org.samvad.db.campaign.CampaignRepository;
import org.samvad.db.campaign.Preflight;
import org.samvad.db.campaign.Progress;
import org.samvad.db.campaign.QuietHours;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes campaigns for admins (anywhere) and observers (within their tokens' scope, checked
 * before the handler) through the planner the bot's {@code /survey} uses too, and reports
 * their progress to callers whose scope covers the campaign's.
 */
@Service
class Campaigns {

    static final Duration DEFAULT_REMINDER_DELAY = Duration.ofHours(24);
    static final Duration DEFAULT_DURATION = Duration.ofDays(7);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String REJECTED = "Invalid campaign request";

    private final CampaignPlanner planner;
    private final CampaignRepository campaigns;
    private final QuestionnaireRepository questionnaires;
    private final LocationRepository locations;
    private final CurrentCaller caller;
    private final Clock clock;

    Campaigns(CampaignPlanner planner, CampaignRepository campaigns, QuestionnaireRepository questionnaires,
            LocationRepository locations, CurrentCaller caller, Clock clock) {
        this.planner = planner;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.locations = locations;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a request asks for, read and checked. */
    record Request(String questionnaire, Integer version, String scope, String startsAt, String reminderDelay,
            String expiresAt, String quietHours, Boolean paidBroadcast) {
    }

    /**
     * Makes a campaign and queues its invitations; with an idempotency key, only the first
     * time the caller's token sends that key (later, the campaign it made).
     *
     * @param idempotencyKey the caller's name for this request, or null
     * @throws Unprocessable for an unknown or unpublished questionnaire version, bad times or quiet hours
     * @throws NotFoundException for an unknown scope
     * @throws IllegalArgumentException for an idempotency key that is not 1 to 64 of A-Z a-z 0-9 . _ : -
     */
    @Transactional
    Created create(Request request, String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException(
                    "The Idempotency-Key header is 1 to 64 characters of A-Z a-z 0-9 . _ : -.");
        }
        // to the microsecond, as PostgreSQL stores it, so the answer shows the times a repeat will show
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Questionnaire questionnaire = questionnaire(request.questionnaire(), request.version());
        Location scope = scope(request.scope());
        Instant startsAt = request.startsAt() == null ? now : instant("startsAt", request.startsAt());
        Duration reminderDelay = request.reminderDelay() == null ? DEFAULT_REMINDER_DELAY
                : duration(request.reminderDelay());
        Instant expiresAt = request.expiresAt() == null ? startsAt.plus(DEFAULT_DURATION)
                : instant("expiresAt", request.expiresAt());
        QuietHours quiet = quietHours(request.quietHours());
        Campaign planned;
        try {
            planned = Campaign.plan(questionnaire, scope, startsAt, reminderDelay, expiresAt, quiet,
                    Boolean.TRUE.equals(request.paidBroadcast()), caller.token().name(), now);
        } catch (IllegalArgumentException e) {
            throw new Unprocessable(REJECTED, e.getMessage());
        }
        if (idempotencyKey == null) {
            CampaignPlanner.Launched launched = planner.launch(planned, questionnaire, scope, now);
            return new Created(launched.campaign(), questionnaire, launched.preflight());
        }
        try {
            CampaignPlanner.Launched launched = planner.launchOnce("api:" + caller.token().id() + ":"
                    + idempotencyKey, planned, questionnaire, scope, now);
            List<String> changed = launched.again() ? changed(request, planned, launched.campaign()) : List.of();
            if (!changed.isEmpty()) {
                throw new Unprocessable(REJECTED, "This Idempotency-Key was sent before with another "
                        + String.join(", ", changed) + ": it made campaign " + launched.campaign().getId() + ".");
            }
            return new Created(launched.campaign(), questionnaire, launched.preflight());
        } catch (IllegalArgumentException e) {
            throw new Unprocessable(REJECTED, "This Idempotency-Key was sent before with another questionnaire "
                    + "version or scope: " + e.getMessage() + ".");
        } catch (DuplicateKeyException e) {
            throw new Conflict("A request with this Idempotency-Key is being answered; send it again to see "
                    + "its campaign.");
        }
    }

    /**
     * The settings in which a repeated request differs from the campaign its key made:
     * the start and end when the request gives them (left out, they are reckoned from the
     * time of the request, which a retry cannot repeat), the rest always.
     */
    private static List<String> changed(Request request, Campaign planned, Campaign earlier) {
        List<String> changed = new ArrayList<>();
        if (request.startsAt() != null && !planned.getStartsAt().equals(earlier.getStartsAt())) {
            changed.add("startsAt");
        }
        if (request.expiresAt() != null && !planned.getExpiresAt().equals(earlier.getExpiresAt())) {
            changed.add("expiresAt");
        }
        if (!planned.getReminderDelay().equals(earlier.getReminderDelay())) {
            changed.add("reminderDelay");
        }
        if (!Objects.equals(planned.getQuietHours(), earlier.getQuietHours())) {
            changed.add("quietHours");
        }
        if (planned.isPaidBroadcast() != earlier.isPaidBroadcast()) {
            changed.add("paidBroadcast");
        }
        return changed;
    }

    /** A campaign just made, its questionnaire version and its pre-flight figures. */
    record Created(Campaign campaign, Questionnaire questionnaire, Preflight preflight) {
    }

    /** A campaign with its questionnaire version, if the caller's scope covers its scope. */
    @Transactional(readOnly = true)
    Report report(long id) {
        Campaign campaign = campaigns.findById(id)
                .orElseThrow(() -> new NotFoundException("No campaign has the id " + id + "."));
        caller.requireScope(scope(campaign.getScopeCode()));
        Questionnaire questionnaire = questionnaires.findById(campaign.getQuestionnaireId().getId()).orElseThrow();
        return new Report(campaign, questionnaire, planner.progress(campaign, clock.instant()));
    }

    /** Closes a campaign, if the caller's scope covers its scope; its report as closed. */
    @Transactional
    Report close(long id) {
        Campaign campaign = campaigns.findById(id)
                .orElseThrow(() -> new NotFoundException("No campaign has the id " + id + "."));
        caller.requireScope(scope(campaign.getScopeCode()));
        Instant now = clock.instant();
        Campaign closed = planner.close(campaign, now);
        Questionnaire questionnaire = questionnaires.findById(closed.getQuestionnaireId().getId()).orElseThrow();
        return new Report(closed, questionnaire, planner.progress(closed, now));
    }

    /** A campaign, its questionnaire version and its progress. */
    record Report(Campaign campaign, Questionnaire questionnaire, Progress progress) {
    }

    /** Quiet hours as {@code HH:mm-HH:mm} (IST), or {@code none}; absent for 21:00-08:00. */
    static QuietHours quietHours(String text) {
        try {
            return text == null ? QuietHours.DEFAULT : QuietHours.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Unprocessable(REJECTED, "'quietHours' is like 21:00-08:00 (India Standard Time), or none.");
        }
    }

    private Questionnaire questionnaire(String slug, Integer version) {
        if (slug == null || slug.isBlank()) {
            throw new Unprocessable(REJECTED, "'questionnaire' is the slug of a published questionnaire.");
        }
        return (version == null ? questionnaires.findLatestPublished(slug)
                : questionnaires.findBySlugAndVersion(slug, version))
                .orElseThrow(() -> new Unprocessable(REJECTED, version == null
                        ? "No questionnaire '" + slug + "' has a published version."
                        : "Questionnaire '" + slug + "' has no version " + version + "."));
    }

    private Location scope(String code) {
        if (code == null || code.isBlank()) {
            throw new Unprocessable(REJECTED, "'scope' is a location code, such as BR-KAI or BR-KAI-203.");
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return locations.findById(normalized)
                .orElseThrow(() -> new NotFoundException("No location has the code '" + normalized + "'."));
    }

    private static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Unprocessable(REJECTED, "'" + field + "' is a time with its offset, such as "
                    + "2026-11-25T10:00:00+05:30.");
        }
    }

    private static Duration duration(String text) {
        try {
            return DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new Unprocessable(REJECTED, "'reminderDelay' is a duration such as 24h, 90m or PT24H.");
        }
    }
}
