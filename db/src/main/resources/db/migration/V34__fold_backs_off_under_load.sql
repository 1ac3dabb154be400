-- Folding backs off while answers pour in. A fold's cost per answer falls the more answers
-- it takes at once: answers to the same district, state or question share their roll-up
-- rows. Folding every second whatever the load, a fold of two seconds of answers flat out
-- took about one second, and the fold ran half the time. Now the next fold waits until the
-- last one's time is at most a given share of the time (a quarter by default), and at least
-- the usual interval, at most a longest one. Every application folds, so when the last fold
-- ended and how long it took are kept here, for all of them; rollup_fold() itself, called
-- to fold everything committed so far, folds at once, as before.
create table rollup_fold_clock (
    id          boolean      primary key default true check (id),
    finished_at timestamptz  not null,
    took        interval     not null
);
insert into rollup_fold_clock (finished_at, took) values ('-infinity', interval '0');

create function rollup_fold_when_due(least_interval interval, longest_interval interval, busy_share float8)
    returns boolean language plpgsql as $$
declare
    started timestamptz := clock_timestamp();
    last rollup_fold_clock;
begin
    if not pg_try_advisory_xact_lock(72680601) then
        return false;
    end if;
    select * into last from rollup_fold_clock;
    if started < last.finished_at
            + least(longest_interval, greatest(least_interval, last.took * (1 / busy_share - 1))) then
        return false;
    end if;
    perform rollup_fold(true);
    update rollup_fold_clock set finished_at = clock_timestamp(), took = clock_timestamp() - started;
    return true;
end $$;
