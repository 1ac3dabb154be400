package org.samvad.admin.campaign;

import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.samvad.admin.access.Access;
import org.samvad.admin.access.Access.Scope;
import org.samvad.admin.access.Located;
import org.samvad.db.access.Role;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.Preflight;
import org.samvad.db.campaign.Progress;
import org.samvad.db.campaign.QuietHours;
import org.samvad.db.questionnaire.Questionnaire;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Campaigns: a questionnaire version sent to every reachable worker of a location.
 * Admins make them anywhere, observers within their token's scope; the answer to a new
 * campaign carries the pre-flight figures (workers targeted, estimated completion at the
 * bot's rate), {@code GET} its progress, and {@code POST .../close} ends it early.
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * Makes a campaign and queues its invitations: 201 with the pre-flight figures. With an
     * {@code Idempotency-Key} header, a repeat of the request with the same key (a retry
     * after a timeout) makes nothing and answers with the campaign the key made.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(roles = {Role.ADMIN, Role.OBSERVER}, scope = Scope.LOCATION_BODY, audit = "campaign.create")
    ResponseEntity<CreatedJson> create(@RequestBody CampaignRequest request,
            @Parameter(description = "1 to 64 characters of A-Z a-z 0-9 . _ : -, new for each campaign")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Campaigns.Created created = campaigns.create(new Campaigns.Request(request.questionnaire(),
                request.version(), request.scope(), request.startsAt(), request.reminderDelay(), request.expiresAt(),
                request.quietHours(), request.paidBroadcast()), idempotencyKey);
        URI location = UriComponentsBuilder.fromPath("/api/campaigns/{id}")
                .buildAndExpand(created.campaign().getId()).toUri();
        return ResponseEntity.created(location).body(CreatedJson.of(created));
    }

    /** A campaign and how far it has come. */
    @GetMapping("/{campaignId}")
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_CHECKED_BY_HANDLER)
    CampaignJson campaign(@PathVariable long campaignId) {
        Campaigns.Report report = campaigns.report(campaignId);
        return CampaignJson.of(report.campaign(), report.questionnaire(), report.progress());
    }

    /**
     * Closes a campaign early (started by mistake, or done): the start button says the
     * survey is closed, no reminder goes out, and invitations not yet sent are withdrawn.
     * Closing a closed campaign changes nothing. Admins, and observers within their scope.
     */
    @PostMapping("/{campaignId}/close")
    @Access(roles = {Role.ADMIN, Role.OBSERVER}, scope = Scope.LOCATION_CHECKED_BY_HANDLER, audit = "campaign.close")
    CampaignJson close(@PathVariable long campaignId) {
        Campaigns.Report report = campaigns.close(campaignId);
        return CampaignJson.of(report.campaign(), report.questionnaire(), report.progress());
    }

    /**
     * A campaign to make.
     *
     * @param questionnaire the questionnaire's slug
     * @param version a published version; absent for the newest published one
     * @param scope the location whose workers are asked (state, district, assembly constituency or booth)
     * @param startsAt when invitations start to go out, with an offset; absent for now
     * @param reminderDelay how long after their invitation a worker who has not begun is reminded, e.g. 24h
     * @param expiresAt when the start button stops working; absent for 7 days after the start
     * @param quietHours {@code HH:mm-HH:mm} in India Standard Time, or {@code none}; absent for 21:00-08:00
     * @param paidBroadcast whether invitations go as Telegram's paid broadcast (faster, charged)
     */
    record CampaignRequest(String questionnaire, Integer version, String scope, String startsAt,
            String reminderDelay, String expiresAt, String quietHours, Boolean paidBroadcast) implements Located {

        @Override
        public String locationCode() {
            return scope == null ? null : scope.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** A campaign just made, with its pre-flight figures. */
    record CreatedJson(long id, String questionnaire, int version, String scope, Instant startsAt,
            Duration reminderDelay, Instant expiresAt, String quietHours, boolean paidBroadcast, String createdBy,
            String status, long targeted, int messagesPerSecond, long queuedAhead, Instant estimatedCompletion) {

        static CreatedJson of(Campaigns.Created created) {
            Campaign campaign = created.campaign();
            Preflight preflight = created.preflight();
            return new CreatedJson(campaign.getId(), created.questionnaire().slug(),
                    created.questionnaire().version(), campaign.getScopeCode(),
                    campaign.getStartsAt(), campaign.getReminderDelay(), campaign.getExpiresAt(),
                    QuietHours.format(campaign.getQuietHours()), campaign.isPaidBroadcast(),
                    campaign.getCreatedBy(), statusOf(campaign), campaign.getTargeted(), preflight.messagesPerSecond(),
                    preflight.queuedAhead(), preflight.estimatedCompletion());
        }
    }

    /** A campaign and its progress ({@code responseRate}: respondents per worker invited). */
    record CampaignJson(long id, String questionnaire, int version, String scope, Instant startsAt,
            Duration reminderDelay, Instant expiresAt, String quietHours, boolean paidBroadcast, String createdBy,
            String status, long targeted, long sent, long failed, long unreachable, long pending, long withdrawn,
            long reminded,
            long started, long respondents, long completed, double responseRate, Instant estimatedCompletion) {

        static CampaignJson of(Campaign campaign, Questionnaire questionnaire, Progress progress) {
            return new CampaignJson(campaign.getId(), questionnaire.slug(), questionnaire.version(),
                    campaign.getScopeCode(), campaign.getStartsAt(), campaign.getReminderDelay(),
                    campaign.getExpiresAt(), QuietHours.format(campaign.getQuietHours()), campaign.isPaidBroadcast(),
                    campaign.getCreatedBy(), statusOf(campaign), progress.targeted(), progress.sent(), progress.failed(),
                    progress.unreachable(), progress.pending(), progress.withdrawn(), progress.reminded(),
                    progress.started(),
                    progress.respondents(), progress.completed(), progress.responseRate(),
                    progress.estimatedCompletion());
        }
    }

    private static String statusOf(Campaign campaign) {
        return campaign.getStatus().name().toLowerCase(Locale.ROOT);
    }
}
