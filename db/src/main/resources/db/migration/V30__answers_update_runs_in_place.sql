-- Every answer moves its run's last_activity_at. While that column was a key of
-- run_quiet_since, no answer could update its run in place (a HOT update): each one
-- wrote a new entry into every index of questionnaire_run, and left as many dead ones
-- for vacuum. Runs to remind are now found by when they started (a run quiet since a
-- time started before it), in an index of the runs still to remind, whose columns
-- change once per run; and pages keep room for the run's next version.
drop index run_quiet_since;
create index run_to_remind on questionnaire_run (started_at) where status = 'IN_PROGRESS' and reminded_at is null;
alter table questionnaire_run set (fillfactor = 80);
