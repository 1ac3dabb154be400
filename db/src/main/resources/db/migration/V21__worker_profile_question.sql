-- The profile question (0 age band, 1 gender, 2 social category, 3 minority) the bot is
-- asking a worker who sent /profile; null when it is asking none.
alter table worker
    add column profile_question smallint check (profile_question between 0 and 3);
