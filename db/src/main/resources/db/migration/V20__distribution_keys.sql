-- Ready to outgrow one PostgreSQL: every large table carries the state it belongs to, the
-- column Citus would distribute it by (see the README's "Moving to Citus").
--   worker, questionnaire_run: state_code already (V3, V5);
--   roll-ups (V18): state_code first in every key;
--   answer: its run's state, so answers live on the same shard as their run;
--   roster_entry, invitation: their booth's state.
-- Nothing here changes what is unique: the keys that identify a row across the whole
-- country (a Telegram user, a phone, an invitation code, an update id) stay unique, and
-- the README says what changes when they move to Citus.

create function state_of_run() returns trigger language plpgsql as $$
begin
    if new.state_code is null then
        select r.state_code into new.state_code from questionnaire_run r where r.id = new.run_id;
    end if;
    return new;
end $$;

create function state_of_booth() returns trigger language plpgsql as $$
begin
    if new.state_code is null or tg_op = 'UPDATE' then
        select l.state_code into new.state_code from location l where l.code = new.booth_code;
    end if;
    return new;
end $$;

alter table answer add column state_code varchar(32);
update answer a set state_code = r.state_code from questionnaire_run r where r.id = a.run_id;
alter table answer alter column state_code set not null;
create trigger answer_state_code before insert on answer
    for each row execute function state_of_run();
-- The key includes the distribution column (run_id decides the state, so nothing that
-- was unique stops being unique); run_id stays first for the run's own lookups.
alter table answer drop constraint answer_pkey;
alter table answer add primary key (run_id, question_key, state_code);

alter table roster_entry add column state_code varchar(32);
update roster_entry e set state_code = l.state_code from location l where l.code = e.booth_code;
alter table roster_entry alter column state_code set not null;
create trigger roster_entry_state_code before insert or update of booth_code on roster_entry
    for each row execute function state_of_booth();

alter table invitation add column state_code varchar(32);
update invitation i set state_code = l.state_code from location l where l.code = i.booth_code;
alter table invitation alter column state_code set not null;
create trigger invitation_state_code before insert or update of booth_code on invitation
    for each row execute function state_of_booth();
