-- The deals context: pipelines with their stages, deals with their stage history, and lost reasons.
-- One script for H2, PostgreSQL and MariaDB; the types that differ come from placeholders set by Migrations.
-- Every name_key is the lower-cased trimmed name (Names.key), so uniqueness ignores case on every database;
-- it holds up to twice the name's length because lower-casing can expand a character into two.

create table embedcrm_pipelines (
    id             uuid          not null,
    tenant_id      varchar(64)   not null,
    version        bigint        not null,
    name           varchar(100)  not null,
    name_key       varchar(200)  not null,
    description    varchar(2000),
    active         boolean       not null,
    -- TRUE on the tenant's default pipeline, NULL on the others: NULLs never collide in a unique key, so the
    -- key below allows at most one default per tenant on all three databases.
    default_marker boolean,
    display_order  integer       not null,
    constraint pk_embedcrm_pipelines primary key (id),
    constraint uq_embedcrm_pipeline_name unique (tenant_id, name_key),
    constraint uq_embedcrm_pipeline_default unique (tenant_id, default_marker),
    constraint ck_embedcrm_pipeline_default check (default_marker = true)
)${table_options};

create table embedcrm_stages (
    id                  uuid         not null,
    tenant_id           varchar(64)  not null,
    pipeline_id         uuid         not null,
    name                varchar(100) not null,
    name_key            varchar(200) not null,
    color               char(7),
    is_default          boolean      not null,
    won                 boolean      not null,
    lost                boolean      not null,
    default_probability integer,
    display_order       integer      not null,
    constraint pk_embedcrm_stages primary key (id),
    constraint fk_embedcrm_stage_pipeline foreign key (pipeline_id) references embedcrm_pipelines (id),
    constraint uq_embedcrm_stage_name unique (pipeline_id, name_key)
)${table_options};

create table embedcrm_lost_reasons (
    id            uuid         not null,
    tenant_id     varchar(64)  not null,
    version       bigint       not null,
    name          varchar(100) not null,
    name_key      varchar(200) not null,
    active        boolean      not null,
    requires_note boolean      not null,
    constraint pk_embedcrm_lost_reasons primary key (id),
    constraint uq_embedcrm_lost_reason_name unique (tenant_id, name_key)
)${table_options};

create table embedcrm_deals (
    id                  uuid           not null,
    tenant_id           varchar(64)    not null,
    version             bigint         not null,
    title               varchar(200)   not null,
    description         varchar(4000),
    value_amount        decimal(19, 4),
    value_currency      char(3),
    expected_close_date date,
    probability         integer,
    company_id          uuid,
    customer_id         uuid,
    assignee            varchar(128),
    pipeline_id         uuid           not null,
    stage_id            uuid           not null,
    actual_close_date   date,
    lost_reason_id      uuid,
    lost_note           varchar(1000),
    created_at          ${instant}     not null,
    created_by          varchar(128)   not null,
    updated_at          ${instant}     not null,
    constraint pk_embedcrm_deals primary key (id),
    constraint fk_embedcrm_deal_pipeline foreign key (pipeline_id) references embedcrm_pipelines (id),
    constraint fk_embedcrm_deal_stage foreign key (stage_id) references embedcrm_stages (id),
    constraint fk_embedcrm_deal_lost_reason foreign key (lost_reason_id) references embedcrm_lost_reasons (id)
)${table_options};

create index ix_embedcrm_deals_board on embedcrm_deals (tenant_id, pipeline_id, stage_id);
create index ix_embedcrm_deals_stage on embedcrm_deals (stage_id);

-- The history keeps the ids of stages and pipelines a deal passed through without foreign keys to them: a stage
-- or pipeline may be deleted once no deal sits in it any more, while the history of where deals were stays.
create table embedcrm_deal_stage_changes (
    id            ${identity}  not null,
    tenant_id     varchar(64)  not null,
    deal_id       uuid         not null,
    pipeline_id   uuid         not null,
    from_stage_id uuid,
    to_stage_id   uuid         not null,
    changed_at    ${instant}   not null,
    changed_by    varchar(128) not null,
    constraint pk_embedcrm_deal_stage_changes primary key (id),
    constraint fk_embedcrm_stage_change_deal foreign key (deal_id) references embedcrm_deals (id)
)${table_options};

create index ix_embedcrm_stage_changes_deal on embedcrm_deal_stage_changes (tenant_id, deal_id);
