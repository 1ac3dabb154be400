-- A campaign closed early withdraws its invitations and reminders that have not gone
-- out: the rows stay, so that its progress still counts them, but are never sent.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNREACHABLE', 'WITHDRAWN')) not valid;
alter table outbox_message validate constraint outbox_message_status_check;
