-- Lusha allows one subscription per entity per account, so tenants that watch the same entity share it: a
-- subscription has one owner row per tenant. view_stored tells whether the row holds the tenant's own view of it
-- (its signal types and name, once it shares the subscription); otherwise the tenant's view is Lusha's subscription
-- as it is. Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL.

create table webhook_subscription_owner_v2 (
    subscription_id varchar(128)  not null,
    tenant          varchar(128)  not null,
    view_stored     boolean       not null,
    signal_types    varchar(2048),
    name            varchar(128),
    recorded_at     bigint        not null,
    constraint webhook_subscription_owner_v2_pk primary key (subscription_id, tenant)
);

insert into webhook_subscription_owner_v2 (subscription_id, tenant, view_stored, signal_types, name, recorded_at)
    select subscription_id, tenant, false, null, null, recorded_at from webhook_subscription_owner;

drop table webhook_subscription_owner;

alter table webhook_subscription_owner_v2 rename to webhook_subscription_owner;

create index webhook_subscription_owner_tenant on webhook_subscription_owner (tenant, recorded_at);
