-- Reports: teams and objectives, the customers' last health scores, and the indexes the dashboard's aggregate
-- queries read (JpaReports). One script for H2, PostgreSQL and MariaDB; see V1 for the placeholders.

create table embedcrm_teams (
    id        uuid         not null,
    tenant_id varchar(64)  not null,
    version   bigint       not null,
    name      varchar(100) not null,
    name_key  varchar(200) not null,
    constraint pk_embedcrm_teams primary key (id),
    constraint uq_embedcrm_team_name unique (tenant_id, name_key)
)${table_options};

create table embedcrm_team_members (
    team_id   uuid         not null,
    user_ref  varchar(128) not null,
    tenant_id varchar(64)  not null,
    constraint pk_embedcrm_team_members primary key (team_id, user_ref),
    constraint fk_embedcrm_team_member_team foreign key (team_id) references embedcrm_teams (id)
)${table_options};

create index ix_embedcrm_team_members_user on embedcrm_team_members (tenant_id, user_ref);

-- An objective is a user's (user_ref) or a team's (team_id), never both. The target has four decimals like every
-- amount; currency is set only for an AMOUNT_WON target.
create table embedcrm_objectives (
    id         uuid           not null,
    tenant_id  varchar(64)    not null,
    user_ref   varchar(128),
    team_id    uuid,
    metric     varchar(20)    not null,
    target     decimal(19, 4) not null,
    currency   char(3),
    starts_on  date           not null,
    ends_on    date           not null,
    recurrence varchar(10)    not null,
    constraint pk_embedcrm_objectives primary key (id),
    constraint fk_embedcrm_objective_team foreign key (team_id) references embedcrm_teams (id),
    constraint ck_embedcrm_objective_owner check ((user_ref is null and team_id is not null)
        or (user_ref is not null and team_id is null))
)${table_options};

create index ix_embedcrm_objectives_start on embedcrm_objectives (tenant_id, starts_on);

-- One row per customer: its last score with the breakdown in columns, one group per HealthFactor. The four
-- factors and their weights are fixed (they add up to 100), so a new factor changes the rules and gets its own
-- migration; columns let a nightly refresh update a page of scores with one batched statement. No foreign key to
-- the contact: a score outlives nothing it needs, and merges and erasures never wait on it.
create table embedcrm_health_scores (
    customer_id      uuid         not null,
    tenant_id        varchar(64)  not null,
    score            integer      not null,
    band             varchar(8)   not null,
    computed_at      ${instant}   not null,
    recency_score    integer      not null,
    recency_neutral  boolean      not null,
    recency_detail   varchar(500) not null,
    payment_score    integer      not null,
    payment_neutral  boolean      not null,
    payment_detail   varchar(500) not null,
    contract_score   integer      not null,
    contract_neutral boolean      not null,
    contract_detail  varchar(500) not null,
    tickets_score    integer      not null,
    tickets_neutral  boolean      not null,
    tickets_detail   varchar(500) not null,
    constraint pk_embedcrm_health_scores primary key (customer_id)
)${table_options};

-- The dashboard: totals per stage and currency, the newest deals and the deals created per month, the deals closed
-- in a period, and what a user (or a team) created and won.
create index ix_embedcrm_deals_stage_totals on embedcrm_deals (tenant_id, stage_id, value_currency);
create index ix_embedcrm_deals_created on embedcrm_deals (tenant_id, created_at, id);
create index ix_embedcrm_deals_closed on embedcrm_deals (tenant_id, actual_close_date);
create index ix_embedcrm_deals_creator on embedcrm_deals (tenant_id, created_by, created_at);

-- The time in each stage reads every deal's history in order (LEAD over deal, changed_at, id).
create index ix_embedcrm_stage_changes_order on embedcrm_deal_stage_changes (tenant_id, deal_id, changed_at, id);

-- Objectives: the calls and meetings a user logged in a period.
create index ix_embedcrm_interactions_author on embedcrm_interactions (tenant_id, author, occurred_at);
