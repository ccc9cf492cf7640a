-- Lusha credits each tenant has spent (reserved and not refunded) per UTC day: the durable daily credit budget,
-- shared by every replica on the same database. Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL.

create table tenant_credit_usage (
    tenant    varchar(128) not null,
    usage_day date         not null,
    spent     bigint       not null,
    constraint tenant_credit_usage_pk primary key (tenant, usage_day),
    constraint tenant_credit_usage_spent check (spent >= 0)
);
