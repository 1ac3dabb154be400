-- Answers queue their roll-up changes from row triggers instead of statement triggers with
-- transition tables. The bot writes one answer per statement, and for each statement the
-- transition tables had to be captured and the queueing INSERT ... SELECT run over them:
-- an upsert fired both the insert and the update trigger, about 30 µs per answer, half
-- of what keeping the roll-ups cost the storing of answers. A row trigger runs one
-- INSERT with a cached plan, and only for what the row went through (an upsert that
-- inserts fires the insert trigger alone). Bulk loads turn the triggers off (see the
-- scale generator) and rebuild the roll-ups after.
drop trigger answer_rollup_insert on answer;
drop trigger answer_rollup_delete on answer;
drop trigger answer_rollup_update on answer;
drop function rollup_answers_inserted();
drop function rollup_answers_deleted();
drop function rollup_answers_updated();

create function rollup_answer_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into rollup_answer_delta
        values (old.run_id, old.question_key, -1, old.option_key, old.option_keys, old.number_value,
                case when old.person_key is not null then old.text_value end, old.text_language, old.sentiment,
                old.themes, old.terms, old.person_key);
    end if;
    if tg_op <> 'DELETE' then
        insert into rollup_answer_delta
        values (new.run_id, new.question_key, 1, new.option_key, new.option_keys, new.number_value,
                case when new.person_key is not null then new.text_value end, new.text_language, new.sentiment,
                new.themes, new.terms, new.person_key);
    end if;
    return null;
end $$;

create trigger answer_rollup_insert after insert on answer
    for each row execute function rollup_answer_changed();
create trigger answer_rollup_delete after delete on answer
    for each row execute function rollup_answer_changed();
create trigger answer_rollup_update after update on answer
    for each row execute function rollup_answer_changed();
