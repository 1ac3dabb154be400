package org.samvad.db.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samvad.db.Language;
import org.samvad.db.location.Location;
import org.samvad.db.questionnaire.Questionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and queues campaigns set-wise, for the admin API and the bot alike: counts the
 * reachable active workers of a scope, estimates when their invitations will have gone
 * out, and queues one invitation per worker with a single {@code INSERT ... SELECT}
 * whose Bot API payload PostgreSQL builds. The unique index on (campaign, worker,
 * priority) makes a second invitation or reminder impossible, so queueing again, or
 * twice at once, adds nothing. Reports on millions of rows are SQL, not aggregates.
 */
public class CampaignPlanner {

    /** Active workers the bot can write to: not forgotten, with a chat, not known to have blocked the bot. */
    static final String REACHABLE =
            "w.status = 'ACTIVE' and w.forgotten_at is null and w.chat_id <> 0 and w.unreachable_at is null";
    private static final String PAYLOAD = """
            jsonb_build_object(
                'chat_id', w.chat_id,
                'text', %s,
                'reply_markup', jsonb_build_object('inline_keyboard', jsonb_build_array(jsonb_build_array(
                    jsonb_build_object('text', case w.language when 'hi' then :startHi when 'en' then :startEn
                                               else :startBoth end,
                                       'callback_data', %s)))))
                || case when c.paid_broadcast then '{"allow_paid_broadcast": true}'::jsonb else '{}'::jsonb end""";

    /** What makes queueing once more add nothing for workers who have their message. */
    private static final String SKIP_INVITED =
            "on conflict (campaign_id, worker_id, priority) where campaign_id is not null do nothing";
    private static final String INVITATION_TEXT =
            "case w.language when 'hi' then :textHi when 'en' then :textEn else :textBoth end";
    /** The reminder's templates, filled by PostgreSQL with each campaign's title and expiry. */
    private static final String REMINDER_TEXT = ("case w.language when 'hi' then format(:textHi, q.title_hi, %1$s) "
            + "when 'en' then format(:textEn, q.title_en, %1$s) "
            + "else format(:textBoth, q.title_hi, %1$s, q.title_en, %1$s) end").formatted(CampaignTexts.SQL_EXPIRY);

    private final JdbcClient jdbc;
    private final CampaignRepository campaigns;

    public CampaignPlanner(JdbcClient jdbc, CampaignRepository campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** The reachable active workers registered in a location (at any level). */
    public long countReachable(Location scope) {
        return jdbc.sql("select count(*) from worker w where " + REACHABLE + " and w." + column(scope) + " = :code")
                .param("code", scope.code()).query(Long.class).single();
    }

    /**
     * The figures of a campaign before it is made.
     *
     * @param quietHours null for none
     */
    public Preflight preflight(Location scope, Instant startsAt, QuietHours quietHours, boolean paidBroadcast,
            Instant now) {
        long workers = countReachable(scope);
        Instant from = startsAt.isAfter(now) ? startsAt : now;
        long ahead = queuedAhead(from, Long.MAX_VALUE);
        DeliveryRate rate = DeliveryRate.current(jdbc);
        return new Preflight(workers, rate.perSecond(paidBroadcast), ahead,
                finish(from, ahead + workers, rate, paidBroadcast, quietHours));
    }

    /**
     * A campaign made and started: its invitations are queued. {@code again} when it was
     * made before, by an earlier request with the same key ({@link #launchOnce}).
     */
    public record Launched(Campaign campaign, Preflight preflight, boolean again) {
    }

    /**
     * Stores a planned campaign, queues its invitations and starts it, in one transaction.
     *
     * @throws IllegalArgumentException when the questionnaire or scope is not the campaign's
     */
    @Transactional
    public Launched launch(Campaign planned, Questionnaire questionnaire, Location scope, Instant now) {
        Preflight preflight = preflight(scope, planned.getStartsAt(), planned.getQuietHours(),
                planned.isPaidBroadcast(), now);
        Campaign saved = campaigns.save(planned);
        int invited = insert(saved, questionnaire, scope, now, false);
        saved.start(invited, now);
        return new Launched(campaigns.save(saved), preflight, false);
    }

    /**
     * Launches a campaign once for a key that names the request (the chat and message of
     * a confirmation button): the first time as {@link #launch} does, remembering the key
     * in the same transaction; every later time it makes nothing and gives the campaign
     * that key launched, with its figures as of now.
     *
     * @throws IllegalArgumentException when the key launched a campaign of another questionnaire version or scope
     */
    @Transactional
    public Launched launchOnce(String key, Campaign planned, Questionnaire questionnaire, Location scope,
            Instant now) {
        Optional<Campaign> earlier = jdbc.sql("select campaign_id from campaign_launch where launch_key = ?")
                .param(key).query(Long.class).optional().flatMap(campaigns::findById);
        if (earlier.isPresent()) {
            Campaign campaign = earlier.get();
            if (!campaign.getQuestionnaireId().getId().equals(questionnaire.id())
                    || !campaign.getScopeCode().equals(scope.code())) {
                throw new IllegalArgumentException("The key launched campaign " + campaign.getId()
                        + ", of another questionnaire version or scope");
            }
            return new Launched(campaign, preflight(scope, campaign.getStartsAt(), campaign.getQuietHours(),
                    campaign.isPaidBroadcast(), now), true);
        }
        Launched launched = launch(planned, questionnaire, scope, now);
        jdbc.sql("insert into campaign_launch (launch_key, campaign_id) values (?, ?)")
                .params(key, launched.campaign().getId()).update();
        return launched;
    }

    /**
     * Closes a campaign early: its start button says the survey is closed, no reminder is
     * queued any more, and its invitations and reminders that have not gone out are
     * withdrawn (a message already being sent still arrives). Closing a closed campaign
     * changes nothing.
     *
     * @return the campaign as stored now
     */
    @Transactional
    public Campaign close(Campaign campaign, Instant now) {
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            return campaign;
        }
        campaign.close(now);
        Campaign closed = campaigns.save(campaign);
        jdbc.sql("update outbox_message set status = 'WITHDRAWN' where campaign_id = ? and status = 'PENDING'")
                .param(closed.getId()).update();
        return closed;
    }

    /**
     * Queues the campaign's invitations: one outbox message (priority 2, due at the start
     * time, with the quiet hours) for each reachable active worker in scope who has none.
     *
     * @return the invitations added (0 when every worker has one already)
     * @throws IllegalArgumentException when the questionnaire or scope is not the campaign's
     */
    public int enqueue(Campaign campaign, Questionnaire questionnaire, Location scope, Instant now) {
        return insert(campaign, questionnaire, scope, now, true);
    }

    /**
     * The invitations' {@code INSERT ... SELECT}. A campaign stored in this very transaction
     * has no invitations and nobody else can see it, so its first queueing needs no
     * {@code ON CONFLICT} (the unique index still stands guard); any later one skips the
     * workers who have theirs.
     */
    private int insert(Campaign campaign, Questionnaire questionnaire, Location scope, Instant now,
            boolean skipInvited) {
        if (!campaign.getQuestionnaireId().getId().equals(questionnaire.id())
                || !campaign.getScopeCode().equals(scope.code())) {
            throw new IllegalArgumentException("The questionnaire and scope are the campaign's own");
        }
        String expiry = CampaignTexts.expiry(campaign.getExpiresAt());
        Map<String, Object> texts = new HashMap<>();
        texts.put("textHi", CampaignTexts.INVITATION.hi().formatted(questionnaire.title().hi(), expiry));
        texts.put("textEn", CampaignTexts.INVITATION.en().formatted(questionnaire.title().en(), expiry));
        texts.put("textBoth", CampaignTexts.template(CampaignTexts.INVITATION, null)
                .formatted(questionnaire.title().hi(), expiry, questionnaire.title().en(), expiry));
        return jdbc.sql("""
                with body (language, payload) as (
                    select v.language, jsonb_build_object(
                            'text', v.text,
                            'reply_markup', jsonb_build_object('inline_keyboard', jsonb_build_array(jsonb_build_array(
                                jsonb_build_object('text', v.start, 'callback_data', :data)))))
                        || case when c.paid_broadcast then '{"allow_paid_broadcast": true}'::jsonb
                                else '{}'::jsonb end
                    from campaign c,
                         (values ('hi', :textHi, :startHi), ('en', :textEn, :startEn), ('', :textBoth, :startBoth))
                             v (language, text, start)
                    where c.id = :campaign)
                insert into outbox_message (chat_id, priority, method, payload, worker_id, campaign_id, not_before,
                                            quiet_from, quiet_until, created_at)
                select w.chat_id, 2, 'sendMessage', jsonb_build_object('chat_id', w.chat_id) || b.payload, w.id, c.id,
                       c.starts_at, c.quiet_from, c.quiet_until, :now
                from campaign c
                join worker w on w.%s = :code and %s
                join body b on b.language = coalesce(w.language, '')
                where c.id = :campaign
                %s""".formatted(column(scope), REACHABLE, skipInvited ? SKIP_INVITED : ""))
                .params(texts).params(buttons())
                .param("data", CampaignTexts.startData(campaign.getId()))
                .param("code", scope.code())
                .param("campaign", campaign.getId())
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Queues one reminder (priority 1, due now) for every worker whose invitation to an
     * open campaign went out at least the campaign's reminder delay ago and who has not
     * begun its questionnaire. A worker is reminded once per campaign.
     *
     * @return the reminders added
     */
    public int remindNonResponders(Instant now) {
        return jdbc.sql("""
                insert into outbox_message (chat_id, priority, method, payload, worker_id, campaign_id, not_before,
                                            quiet_from, quiet_until, created_at)
                select w.chat_id, 1, 'sendMessage', %s, w.id, c.id, :now, c.quiet_from, c.quiet_until, :now
                from campaign c
                join questionnaire q on q.id = c.questionnaire_id
                join outbox_message o on o.campaign_id = c.id and o.priority = 2 and o.status = 'SENT'
                join worker w on w.id = o.worker_id and %s
                where c.status = 'STARTED' and c.expires_at > :now
                  and o.sent_at <= cast(:now as timestamptz) - c.reminder_delay_secs * interval '1 second'
                  and not exists (select 1 from questionnaire_run r
                                  where r.worker_id = w.id and r.questionnaire_id = c.questionnaire_id)
                order by w.id
                %s""".formatted(PAYLOAD.formatted(REMINDER_TEXT, "'" + CampaignTexts.START_PREFIX + "' || c.id"),
                        REACHABLE, SKIP_INVITED))
                .param("textHi", CampaignTexts.REMINDER.hi())
                .param("textEn", CampaignTexts.REMINDER.en())
                .param("textBoth", CampaignTexts.template(CampaignTexts.REMINDER, null))
                .params(buttons())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Whether the worker was sent (or is due) an invitation to the campaign. */
    public boolean isInvited(long campaignId, long workerId) {
        return jdbc.sql("""
                select exists (select 1 from outbox_message
                               where campaign_id = ? and worker_id = ? and priority = 2)""")
                .params(campaignId, workerId).query(Boolean.class).single();
    }

    /** How far a campaign has come. */
    public Progress progress(Campaign campaign, Instant now) {
        Map<String, Object> outbox = jdbc.sql("""
                select count(*) filter (where priority = 2) as targeted,
                       count(*) filter (where priority = 2 and status = 'SENT') as sent,
                       count(*) filter (where priority = 2 and status = 'FAILED') as failed,
                       count(*) filter (where priority = 2 and status = 'UNREACHABLE') as unreachable,
                       count(*) filter (where priority = 2 and status in ('PENDING', 'SENDING')) as pending,
                       count(*) filter (where priority = 2 and status = 'WITHDRAWN') as withdrawn,
                       count(*) filter (where priority = 1) as reminded,
                       max(sent_at) filter (where priority = 2) as last_sent
                from outbox_message where campaign_id = ?""").param(campaign.getId()).query().singleRow();
        Map<String, Object> runs = jdbc.sql("""
                select count(*) as started,
                       count(*) filter (where exists (select 1 from answer a where a.run_id = r.id)) as respondents,
                       count(*) filter (where r.status = 'COMPLETED') as completed
                from questionnaire_run r where r.campaign_id = ?""").param(campaign.getId()).query().singleRow();
        long pending = number(outbox, "pending");
        Instant estimated = estimate(campaign, pending, (Timestamp) outbox.get("last_sent"), now);
        return new Progress(number(outbox, "targeted"), number(outbox, "sent"), number(outbox, "failed"),
                number(outbox, "unreachable"), pending, number(outbox, "withdrawn"), number(outbox, "reminded"),
                number(runs, "started"), number(runs, "respondents"), number(runs, "completed"), estimated);
    }

    private Instant estimate(Campaign campaign, long pending, Timestamp lastSent, Instant now) {
        if (pending == 0) {
            return lastSent == null ? null : lastSent.toInstant();
        }
        Instant from = campaign.getStartsAt().isAfter(now) ? campaign.getStartsAt() : now;
        long ahead = queuedAhead(from, campaign.getId());
        return finish(from, ahead + pending, DeliveryRate.current(jdbc), campaign.isPaidBroadcast(),
                campaign.getQuietHours());
    }

    /** Broadcast messages still to send, due by {@code by}, of campaigns before {@code campaignId}. */
    private long queuedAhead(Instant by, long campaignId) {
        return jdbc.sql("""
                select count(*) from outbox_message
                where status = 'PENDING' and priority = 2 and not_before <= ? and campaign_id < ?""")
                .params(Timestamp.from(by), campaignId).query(Long.class).single();
    }

    private static Instant finish(Instant from, long messages, DeliveryRate rate, boolean paid, QuietHours quiet) {
        java.time.Duration work = rate.timeFor(messages, paid);
        return quiet == null ? from.plus(work) : quiet.finish(from, work);
    }

    private static Map<String, Object> buttons() {
        return Map.of("startHi", CampaignTexts.label(Language.HI), "startEn", CampaignTexts.label(Language.EN),
                "startBoth", CampaignTexts.label(null));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static String column(Location scope) {
        return switch (scope.level()) {
            case STATE -> "state_code";
            case DISTRICT -> "district_code";
            case ASSEMBLY -> "assembly_code";
            case BOOTH -> "booth_code";
        };
    }
}
