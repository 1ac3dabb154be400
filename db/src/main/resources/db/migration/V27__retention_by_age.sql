-- Housekeeping deletes processed update ids and delivered replies once they are old.
-- Both tables are appended to in time order, so a BRIN index finds the old rows at
-- almost no cost to the inserts on the answer path.
create index processed_update_by_age on processed_update using brin (processed_at);
create index outbox_message_by_age on outbox_message using brin (created_at);
