package org.samvad.db.campaign;

import java.time.Duration;
import java.time.Instant;
import org.samvad.db.location.Location;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A campaign (सर्वेक्षण अभियान): one published questionnaire version sent to every
 * reachable active worker of one location (its scope, at any level) from a start time
 * on. Each worker gets one invitation with a start button; a worker who has not begun
 * after the reminder delay gets one reminder; after the expiry the button says the
 * survey is closed. Messages wait during the quiet hours (null: none). A paid broadcast
 * asks Telegram for the higher, paid rate. {@code createdBy} names the admin API token or
 * the observer that made it, never a person's name.
 */
public class Campaign {

    /** How far in the past a start time may lie (a client's "now" that took a while to arrive). */
    public static final Duration START_SLACK = Duration.ofMinutes(5);

    @Id
    private Long id;
    private final AggregateReference<Questionnaire, Long> questionnaireId;
    private final String scopeCode;
    private final Instant startsAt;
    private final long reminderDelaySecs;
    private final Instant expiresAt;
    @Embedded.Nullable(prefix = "quiet_")
    private final QuietHours quietHours;
    private final boolean paidBroadcast;
    private final String createdBy;
    private CampaignStatus status;
    private Integer targeted;
    private final Instant createdAt;
    private Instant startedAt;
    private Instant closedAt;
    @Version
    private Integer version;

    Campaign(Long id, AggregateReference<Questionnaire, Long> questionnaireId, String scopeCode, Instant startsAt,
            long reminderDelaySecs, Instant expiresAt, QuietHours quietHours, boolean paidBroadcast,
            String createdBy, CampaignStatus status, Integer targeted, Instant createdAt, Instant startedAt,
            Instant closedAt, Integer version) {
        this.id = id;
        this.questionnaireId = questionnaireId;
        this.scopeCode = scopeCode;
        this.startsAt = startsAt;
        this.reminderDelaySecs = reminderDelaySecs;
        this.expiresAt = expiresAt;
        this.quietHours = quietHours;
        this.paidBroadcast = paidBroadcast;
        this.createdBy = createdBy;
        this.status = status;
        this.targeted = targeted;
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.closedAt = closedAt;
        this.version = version;
    }

    /**
     * A new campaign, planned and not yet stored.
     *
     * @param quietHours null for none
     * @throws IllegalArgumentException when the questionnaire is not published, the start
     *     lies more than {@link #START_SLACK} in the past, the expiry is not after the start
     *     (and after now), or the reminder delay is not positive and shorter than the time
     *     from start to expiry
     */
    public static Campaign plan(Questionnaire questionnaire, Location scope, Instant startsAt, Duration reminderDelay,
            Instant expiresAt, QuietHours quietHours, boolean paidBroadcast, String createdBy, Instant now) {
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw new IllegalArgumentException("Version " + questionnaire.version() + " of '" + questionnaire.slug()
                    + "' is " + questionnaire.status() + "; campaigns send published versions only.");
        }
        if (startsAt.isBefore(now.minus(START_SLACK))) {
            throw new IllegalArgumentException("The start time lies in the past.");
        }
        if (!expiresAt.isAfter(startsAt) || !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("The expiry comes after the start time and after now.");
        }
        if (reminderDelay.isNegative() || reminderDelay.isZero()
                || reminderDelay.compareTo(Duration.between(startsAt, expiresAt)) >= 0) {
            throw new IllegalArgumentException(
                    "The reminder delay is positive and shorter than the time from start to expiry.");
        }
        return new Campaign(null, AggregateReference.to(questionnaire.id()), scope.code(), startsAt,
                reminderDelay.toSeconds(), expiresAt, quietHours, paidBroadcast, createdBy, CampaignStatus.PLANNED,
                null, now, null, null, null);
    }

    /**
     * Records that the invitations are queued, for this many workers.
     *
     * @throws IllegalStateException unless the campaign is planned
     */
    public void start(int invited, Instant now) {
        if (status != CampaignStatus.PLANNED) {
            throw new IllegalStateException("Only a planned campaign starts; this one is " + status);
        }
        if (invited < 0) {
            throw new IllegalArgumentException("A campaign invites no fewer than 0 workers");
        }
        this.targeted = invited;
        this.startedAt = now;
        this.status = CampaignStatus.STARTED;
    }

    /**
     * Ends the campaign early: its start button says the survey is closed, and no reminder
     * goes out. A campaign closed before it started invited nobody.
     *
     * @throws IllegalStateException when it is closed already
     */
    public void close(Instant now) {
        if (status == CampaignStatus.CLOSED) {
            throw new IllegalStateException("The campaign is closed already");
        }
        if (status == CampaignStatus.PLANNED) {
            this.targeted = 0;
        }
        this.status = CampaignStatus.CLOSED;
        this.closedAt = now;
    }

    /** Whether a worker's press on the start button begins the questionnaire now. */
    public boolean isOpenAt(Instant now) {
        return status == CampaignStatus.STARTED && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public AggregateReference<Questionnaire, Long> getQuestionnaireId() {
        return questionnaireId;
    }

    /** The location whose workers are asked. */
    public String getScopeCode() {
        return scopeCode;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Duration getReminderDelay() {
        return Duration.ofSeconds(reminderDelaySecs);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Null for none. */
    public QuietHours getQuietHours() {
        return quietHours;
    }

    public boolean isPaidBroadcast() {
        return paidBroadcast;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    /** The number of invitations queued when it started; null while planned. */
    public Integer getTargeted() {
        return targeted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Null while planned. */
    public Instant getStartedAt() {
        return startedAt;
    }

    /** Null unless closed. */
    public Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public String toString() {
        return "Campaign[id=" + id + ", scope=" + scopeCode + ", status=" + status + "]";
    }
}
