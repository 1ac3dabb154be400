-- Which press of a confirmation button launched which campaign. A second press on the
-- same button (a double tap on a slow network, or the old message tapped again later)
-- finds its campaign here instead of making another one and inviting everybody twice.
-- The key names the chat and the message that carried the button.
create table campaign_launch (
    launch_key  varchar(100) primary key,
    campaign_id bigint       not null references campaign (id)
);
