-- The lead context: lead statuses, lead sources, and leads with the deals opened from them. Same conventions as V1
-- (placeholders from Migrations, name_key = Names.key of the name). The *_key columns of a lead hold its texts
-- lower-cased by Java, so the text filter matches the same leads on every database as in memory, whatever the
-- database's own idea of lower case; like name_key they hold up to twice the text's length.
-- Lead lists are newest first, then by id as unsigned bytes. id_key holds the id as 32 lower-case hex digits, which
-- compare that way on every database, whereas MariaDB orders its uuid type by rearranged fields for most versions of
-- UUID.

create table embedcrm_lead_statuses (
    id             uuid         not null,
    tenant_id      varchar(64)  not null,
    version        bigint       not null,
    name           varchar(60)  not null,
    name_key       varchar(120) not null,
    color          char(7),
    display_order  integer      not null,
    is_final       boolean      not null,
    outcome        varchar(9)   not null,
    -- TRUE on the tenant's default status, NULL on the others: at most one default per tenant, as in V1.
    default_marker boolean,
    -- The outcome when it is CONVERTED or LOST, NULL for NONE: at most one converted and one lost status per tenant.
    outcome_marker varchar(9),
    constraint pk_embedcrm_lead_statuses primary key (id),
    constraint uq_embedcrm_lead_status_name unique (tenant_id, name_key),
    constraint uq_embedcrm_lead_status_default unique (tenant_id, default_marker),
    constraint uq_embedcrm_lead_status_outcome unique (tenant_id, outcome_marker),
    constraint ck_embedcrm_lead_status_default check (default_marker = true),
    constraint ck_embedcrm_lead_status_outcome check ((outcome = 'NONE' and outcome_marker is null)
        or (outcome <> 'NONE' and outcome_marker is not null and outcome_marker = outcome))
)${table_options};

create table embedcrm_lead_sources (
    id        uuid         not null,
    tenant_id varchar(64)  not null,
    version   bigint       not null,
    name      varchar(60)  not null,
    name_key  varchar(120) not null,
    active    boolean      not null,
    constraint pk_embedcrm_lead_sources primary key (id),
    constraint uq_embedcrm_lead_source_name unique (tenant_id, name_key)
)${table_options};

create table embedcrm_leads (
    id                 uuid           not null,
    id_key             char(32)${binary_collation} not null,
    tenant_id          varchar(64)    not null,
    version            bigint         not null,
    title              varchar(200)   not null,
    title_key          varchar(400)   not null,
    description        varchar(4000),
    contact_name       varchar(200),
    contact_name_key   varchar(400),
    email              varchar(254),
    -- EmailAddress.matchKey: unique among all the tenant's leads, converted and lost ones included.
    email_key          varchar(254),
    phone_e164         varchar(16),
    phone_raw          varchar(64),
    company_name       varchar(200),
    company_name_key   varchar(400),
    value_amount       decimal(19, 4),
    value_currency     char(3),
    source_id          uuid,
    referent_id        uuid,
    status_id          uuid           not null,
    assignee           varchar(128)   not null,
    call_rejected_at   ${instant},
    call_rejected_by   varchar(128),
    email_rejected_at  ${instant},
    email_rejected_by  varchar(128),
    lost_reason_id     uuid,
    lost_note          varchar(1000),
    converted_at       ${instant},
    converted_by       varchar(128),
    customer_id        uuid,
    company_id         uuid,
    conversion_deal_id uuid,
    created_at         ${instant}     not null,
    created_by         varchar(128)   not null,
    updated_at         ${instant}     not null,
    constraint pk_embedcrm_leads primary key (id),
    constraint uq_embedcrm_lead_email unique (tenant_id, email_key),
    constraint fk_embedcrm_lead_status foreign key (status_id) references embedcrm_lead_statuses (id),
    constraint fk_embedcrm_lead_source foreign key (source_id) references embedcrm_lead_sources (id),
    constraint fk_embedcrm_lead_referent foreign key (referent_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_lead_lost_reason foreign key (lost_reason_id) references embedcrm_lost_reasons (id),
    constraint fk_embedcrm_lead_customer foreign key (customer_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_lead_company foreign key (company_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_lead_deal foreign key (conversion_deal_id) references embedcrm_deals (id)
)${table_options};

-- Every lead list is newest first, then by id_key: a keyset page is a range scan of this index.
create index ix_embedcrm_leads_created on embedcrm_leads (tenant_id, created_at, id_key);
create index ix_embedcrm_leads_status on embedcrm_leads (tenant_id, status_id);
create index ix_embedcrm_leads_source on embedcrm_leads (tenant_id, source_id);
create index ix_embedcrm_leads_assignee on embedcrm_leads (tenant_id, assignee);
create index ix_embedcrm_leads_phone on embedcrm_leads (tenant_id, phone_e164);
-- Deleting a contact checks that no lead points at it.
create index ix_embedcrm_leads_referent on embedcrm_leads (referent_id);
create index ix_embedcrm_leads_customer on embedcrm_leads (customer_id);
create index ix_embedcrm_leads_company on embedcrm_leads (company_id);

create table embedcrm_lead_opportunities (
    lead_id  uuid    not null,
    position integer not null,
    deal_id  uuid    not null,
    constraint pk_embedcrm_lead_opportunities primary key (lead_id, position),
    constraint fk_embedcrm_lead_opportunity_lead foreign key (lead_id) references embedcrm_leads (id),
    constraint fk_embedcrm_lead_opportunity_deal foreign key (deal_id) references embedcrm_deals (id)
)${table_options};
