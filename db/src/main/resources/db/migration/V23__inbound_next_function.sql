-- Takes a sender's lock and reads their oldest waiting update in one round trip. The
-- two steps must be separate statements: a statement that waits for the lock sees the
-- table as it was when it started, and would miss updates recorded while it waited;
-- each statement of a function gets a fresh snapshot. No row when nothing waits.
create function inbound_next(sender bigint)
returns table (newest_processed bigint, next_update_id bigint, next_payload text, next_received_at timestamptz)
language plpgsql volatile as $$
declare
    newest bigint;
begin
    select s.last_update_id into newest from inbound_sender s where s.telegram_user_id = sender for update;
    if not found then
        return;
    end if;
    return query
        select newest, u.update_id, u.payload::text, u.received_at from inbound_update u
        where u.telegram_user_id = sender order by u.update_id limit 1;
end
$$;
