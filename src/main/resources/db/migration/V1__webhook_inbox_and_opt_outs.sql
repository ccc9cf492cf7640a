-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL. Times are epoch milliseconds (UTC).

create table webhook_inbox (
    dedupe_key      varchar(128) primary key,
    kind            varchar(16)  not null,
    status          varchar(16)  not null,
    payload         text,
    received_at     bigint       not null,
    attempts        integer      not null,
    next_attempt_at bigint       not null,
    processed_at    bigint
);

create index webhook_inbox_due on webhook_inbox (status, next_attempt_at);

create table opt_out_record (
    dedupe_key      varchar(128) primary key,
    contact_id      varchar(128) not null,
    opt_out_date    varchar(64)  not null,
    exposure_date   varchar(64),
    datapoint_count integer      not null,
    recorded_at     bigint       not null
);

create index opt_out_record_recorded on opt_out_record (recorded_at);

create table suppression (
    value_hash  varchar(64)  primary key,
    contact_id  varchar(128),
    recorded_at bigint       not null
);

create table suppressed_contact (
    contact_id  varchar(128) primary key,
    recorded_at bigint       not null
);

create table webhook_subscription_owner (
    subscription_id varchar(128) primary key,
    tenant          varchar(128) not null,
    recorded_at     bigint       not null
);
