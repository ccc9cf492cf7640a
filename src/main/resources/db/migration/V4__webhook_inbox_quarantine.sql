-- Why a delivery was quarantined, the subscription a signal names (so that a tenant can see its own quarantined
-- deliveries), and the bytes of a body that is not JSON text: such a body may hold a NUL character, which a
-- PostgreSQL text column refuses, so it is kept as bytes and its payload left null.

alter table webhook_inbox add column reason varchar(32);
alter table webhook_inbox add column subscription_id varchar(128);
alter table webhook_inbox add column raw_payload bytea;

create index webhook_inbox_subscription on webhook_inbox (subscription_id, status);
