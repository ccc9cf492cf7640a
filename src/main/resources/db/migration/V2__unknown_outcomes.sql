-- Credit-spending calls whose outcome is unknown (read timeout, 499, 502, 504): kept for reconciliation with
-- Lusha's usage figures. Only the account's name, the endpoint and the item count: no keys, no contact data.

create table upstream_unknown_outcome (
    id          varchar(36)  primary key,
    account     varchar(128) not null,
    endpoint    varchar(128) not null,
    items       integer      not null,
    occurred_at bigint       not null,
    reconciled  boolean      not null
);

create index upstream_unknown_outcome_open on upstream_unknown_outcome (reconciled, occurred_at);
