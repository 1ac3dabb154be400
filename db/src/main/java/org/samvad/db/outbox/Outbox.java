package org.samvad.db.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable queue of messages for Telegram ({@code outbox_message}). Whoever decides
 * to say something enqueues it in the transaction that records why; senders on any
 * number of instances claim due rows with {@code FOR UPDATE SKIP LOCKED}, by priority
 * then due time, and never a chat's later message while an earlier one is unsent
 * (a broadcast still waiting for its start or for the end of quiet hours does not hold
 * up the chat). A claim is committed before the request leaves, so a row is sent at
 * most once; a row whose sender died mid-send is recorded as sent, unconfirmed, once its
 * claim runs out.
 */
public class Outbox {

    /** Quiet hours are wall-clock times in India. */
    public static final ZoneId QUIET_HOURS_ZONE = ZoneId.of("Asia/Kolkata");
    /** {@code last_error} of a row whose send was in flight when its sender died. */
    public static final String UNCONFIRMED = "unconfirmed";

    private static final String HELD = """
            (%1$s.quiet_from is not null and case when %1$s.quiet_from <= %1$s.quiet_until
                then :clock >= %1$s.quiet_from and :clock < %1$s.quiet_until
                else :clock >= %1$s.quiet_from or :clock < %1$s.quiet_until end)""";
    private static final String CLAIM = """
            with next as (
                select m.id from outbox_message m
                where m.status = 'PENDING' and m.not_before <= :now and not %1$s
                  and m.chat_id <> all(:excluded)
                  and not exists (
                      select 1 from outbox_message e
                      where e.chat_id = m.chat_id and e.id < m.id and e.status in ('PENDING', 'SENDING')
                        and (e.status = 'SENDING' or e.priority < 2 or (e.not_before <= :now and not %2$s)))
                order by m.priority, m.not_before, m.id
                limit :max
                for update of m skip locked
            )
            update outbox_message o
            set status = case when o.priority > 0 and exists (select 1 from worker w
                            where w.chat_id = o.chat_id and w.unreachable_at is not null)
                         then 'UNREACHABLE' else 'SENDING' end,
                attempts = o.attempts + 1,
                claimed_until = :until
            from next where o.id = next.id
            returning o.id, o.chat_id, o.priority, o.method, o.payload::text as payload, o.worker_id,
                      o.campaign_id, o.attempts, o.status""".formatted(HELD.formatted("m"), HELD.formatted("e"));

    private final JdbcClient jdbc;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object synchronizationKey = new Object();

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues one message; senders are told once the surrounding transaction commits. */
    public void enqueue(NewMessage message) {
        enqueue(List.of(message));
    }

    /** Queues messages in one statement, in list order (ids ascending). */
    public void enqueue(List<NewMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        Long[] chats = new Long[n];
        Integer[] priorities = new Integer[n];
        String[] methods = new String[n];
        String[] payloads = new String[n];
        Long[] workers = new Long[n];
        Long[] campaigns = new Long[n];
        Long[] notBefore = new Long[n];
        String[] quietFrom = new String[n];
        String[] quietUntil = new String[n];
        for (int i = 0; i < n; i++) {
            NewMessage m = messages.get(i);
            chats[i] = m.chatId();
            priorities[i] = m.priority();
            methods[i] = m.method();
            payloads[i] = m.payload();
            workers[i] = m.workerId();
            campaigns[i] = m.campaignId();
            notBefore[i] = m.notBefore().toEpochMilli();
            quietFrom[i] = m.quietFrom() == null ? null : m.quietFrom().toString();
            quietUntil[i] = m.quietUntil() == null ? null : m.quietUntil().toString();
        }
        jdbc.sql("""
                        insert into outbox_message (chat_id, priority, method, payload, worker_id, campaign_id,
                                                    not_before, quiet_from, quiet_until, created_at)
                        select c, p, m, cast(j as jsonb), w, k, to_timestamp(t / 1000.0), cast(qf as time),
                               cast(qu as time), now()
                        from unnest(cast(:chats as bigint[]), cast(:priorities as int[]), cast(:methods as text[]),
                                    cast(:payloads as text[]), cast(:workers as bigint[]), cast(:campaigns as bigint[]),
                                    cast(:notBefore as bigint[]), cast(:quietFrom as text[]), cast(:quietUntil as text[]))
                             with ordinality as u(c, p, m, j, w, k, t, qf, qu, ord)
                        order by ord""")
                .param("chats", chats).param("priorities", priorities).param("methods", methods)
                .param("payloads", payloads).param("workers", workers).param("campaigns", campaigns)
                .param("notBefore", notBefore).param("quietFrom", quietFrom).param("quietUntil", quietUntil)
                .update();
        wakeAfterCommit();
    }

    /** Runs {@code listener} after every commit that queued messages (or at once outside a transaction). */
    public void onEnqueued(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Claims up to {@code max} due messages: marks them SENDING until {@code now + lease}
     * and commits. Reminders and broadcasts to a worker who blocked the bot are marked
     * UNREACHABLE instead and not returned.
     *
     * @param excludedChats chats not to claim now (their per-chat allowance is spent)
     */
    public Claim claim(int max, Instant now, Duration lease, Collection<Long> excludedChats) {
        List<Row> rows = jdbc.sql(CLAIM)
                .param("now", Timestamp.from(now))
                .param("clock", LocalTime.ofInstant(now, QUIET_HOURS_ZONE))
                .param("excluded", excludedChats.toArray(Long[]::new))
                .param("max", max)
                .param("until", Timestamp.from(now.plus(lease)))
                .query((rs, i) -> new Row(new ClaimedMessage(rs.getLong("id"), rs.getLong("chat_id"),
                        rs.getInt("priority"), rs.getString("method"), rs.getString("payload"),
                        (Long) rs.getObject("worker_id"), (Long) rs.getObject("campaign_id"), rs.getInt("attempts")),
                        rs.getString("status")))
                .list();
        List<ClaimedMessage> toSend = rows.stream().filter(r -> "SENDING".equals(r.status()))
                .map(Row::message).sorted(java.util.Comparator.comparingInt(ClaimedMessage::priority)
                        .thenComparingLong(ClaimedMessage::id))
                .toList();
        return new Claim(toSend, rows.size() - toSend.size());
    }

    /** What a claim took: the messages to send now, and how many were set aside as unreachable. */
    public record Claim(List<ClaimedMessage> messages, int unreachable) {
    }

    /** Telegram accepted it. A reply that goes through also clears the worker's unreachable mark. */
    public void markSent(long id, Instant now) {
        markSent(List.of(id), now);
    }

    /** Telegram accepted these, in one statement (senders record what went through in groups). */
    public void markSent(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        with s as (update outbox_message set status = 'SENT', sent_at = :now, claimed_until = null
                                   where id = any(:ids) and status = 'SENDING' returning chat_id, priority)
                        update worker w set unreachable_at = null from s
                        where s.priority = 0 and w.chat_id = s.chat_id and w.unreachable_at is not null""")
                .param("ids", ids.toArray(Long[]::new)).param("now", Timestamp.from(now)).update();
    }

    /** Given up: no more attempts. */
    public void markFailed(long id, String error) {
        jdbc.sql("""
                        update outbox_message set status = 'FAILED', last_error = :error, claimed_until = null
                        where id = :id and status = 'SENDING'""")
                .param("id", id).param("error", truncate(error)).update();
    }

    /**
     * Telegram answered 403: the worker blocked the bot. Marks the worker of that chat
     * unreachable, and this message and every pending one to the chat UNREACHABLE.
     *
     * @return how many messages were marked
     */
    public int markUnreachable(long id, long chatId, Instant now, String error) {
        return jdbc.sql("""
                        with w as (update worker set unreachable_at = :now
                                   where chat_id = :chat and unreachable_at is null)
                        update outbox_message set status = 'UNREACHABLE', last_error = :error, claimed_until = null
                        where chat_id = :chat and ((id = :id and status = 'SENDING') or status = 'PENDING')""")
                .param("id", id).param("chat", chatId).param("now", Timestamp.from(now))
                .param("error", truncate(error)).update();
    }

    /**
     * Puts a claimed message back, due again at {@code notBefore}; a message of a campaign
     * closed meanwhile is withdrawn instead.
     */
    public void reschedule(long id, Instant notBefore, String error) {
        jdbc.sql("""
                        update outbox_message o
                        set status = case when exists (select 1 from campaign c
                                                       where c.id = o.campaign_id and c.status = 'CLOSED')
                                          then 'WITHDRAWN' else 'PENDING' end,
                            not_before = :at, last_error = :error, claimed_until = null
                        where o.id = :id and o.status = 'SENDING'""")
                .param("id", id).param("at", Timestamp.from(notBefore)).param("error", truncate(error)).update();
    }

    /** Puts a claimed message back as another method, due now (an edit that Telegram refused, sent anew). */
    public void replace(long id, String method, String payload, Instant now) {
        jdbc.sql("""
                        update outbox_message set status = 'PENDING', method = :method, payload = cast(:payload as jsonb),
                               not_before = :now, claimed_until = null
                        where id = :id and status = 'SENDING'""")
                .param("id", id).param("method", method).param("payload", payload).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Rows still SENDING after their claim ran out belonged to a sender that died
     * mid-send. Their request may have reached Telegram, so they are never sent again:
     * they are recorded as SENT with {@link #UNCONFIRMED}.
     *
     * @return how many were settled
     */
    public int settleAbandoned(Instant now) {
        return jdbc.sql("""
                        update outbox_message set status = 'SENT', last_error = :unconfirmed, claimed_until = null
                        where status = 'SENDING' and claimed_until < :now""")
                .param("now", Timestamp.from(now)).param("unconfirmed", UNCONFIRMED).update();
    }

    /**
     * Moves due messages that are in their quiet hours to the end of those hours, so
     * claims do not wade through them all night.
     *
     * @return how many were moved (at most {@code batch})
     */
    public int holdQuietHours(Instant now, int batch) {
        LocalDateTime local = LocalDateTime.ofInstant(now, QUIET_HOURS_ZONE);
        return jdbc.sql("""
                        update outbox_message o
                        set not_before = (case when :today + o.quiet_until > :local then :today + o.quiet_until
                                               else :today + 1 + o.quiet_until end) at time zone 'Asia/Kolkata'
                        where o.id in (select m.id from outbox_message m
                                       where m.status = 'PENDING' and m.not_before <= :now and %s
                                       limit :batch for update skip locked)""".formatted(HELD.formatted("m")))
                .param("today", local.toLocalDate())
                .param("local", local)
                .param("clock", local.toLocalTime())
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .update();
    }

    /**
     * Deletes replies that were delivered (or given up on) before {@code cutoff}, at most
     * {@code limit} of them. A campaign's invitations and reminders are kept: its
     * progress is counted from them.
     *
     * @return how many were deleted
     */
    public int purgeRepliesBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        delete from outbox_message where id in (
                            select id from outbox_message
                            where created_at < :cutoff and campaign_id is null
                              and status in ('SENT', 'FAILED', 'UNREACHABLE')
                            limit :limit)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }

    /** Messages waiting to be sent (including those held until later). */
    public long depth() {
        return jdbc.sql("select count(*) from outbox_message where status = 'PENDING'").query(Long.class).single();
    }

    private void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(synchronizationKey)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(synchronizationKey, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(synchronizationKey);
            }
        });
    }

    private void wake() {
        listeners.forEach(Runnable::run);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 64 ? error : error.substring(0, 64);
    }

    private record Row(ClaimedMessage message, String status) {
    }
}
