-- The transactional outbox: messages to the outside world written with the change that caused them and delivered
-- after commit. payload holds the entry's name/value pairs, encoded by OutboxPayload. A dispatcher claims an entry by
-- setting lease_until with a conditional update; due entries are found by (tenant_id, state, next_attempt_at).

create table embedcrm_outbox (
    id              uuid          not null,
    tenant_id       varchar(64)   not null,
    topic           varchar(100)  not null,
    idempotency_key varchar(100)  not null,
    payload         varchar(8000) not null,
    state           varchar(9)    not null,
    attempts        integer       not null,
    next_attempt_at ${instant}    not null,
    lease_until     ${instant},
    created_at      ${instant}    not null,
    delivered_at    ${instant},
    last_error      varchar(1000),
    constraint pk_embedcrm_outbox primary key (id),
    constraint ck_embedcrm_outbox_state check (state in ('PENDING', 'DELIVERED', 'DEAD'))
)${table_options};

create index ix_embedcrm_outbox_due on embedcrm_outbox (tenant_id, state, next_attempt_at);
