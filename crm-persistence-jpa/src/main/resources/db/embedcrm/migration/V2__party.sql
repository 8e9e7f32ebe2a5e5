-- The party context: contacts with their child rows, tags, contact statuses, customer groups, relationship types and
-- relationships. Same conventions as V1 (placeholders from Migrations, name_key = Names.key of the name).
-- A contact's name_key carries ${binary_collation}: a binary collation on PostgreSQL ("C") and MariaDB (no-pad
-- binary), H2's default elsewhere, so that ORDER BY name_key and keyset comparisons follow Java's String order, as
-- the in-memory store does.

create table embedcrm_tags (
    id        uuid         not null,
    tenant_id varchar(64)  not null,
    version   bigint       not null,
    name      varchar(60)  not null,
    name_key  varchar(120) not null,
    color     char(7),
    constraint pk_embedcrm_tags primary key (id),
    constraint uq_embedcrm_tag_name unique (tenant_id, name_key)
)${table_options};

create table embedcrm_contact_statuses (
    id            uuid         not null,
    tenant_id     varchar(64)  not null,
    version       bigint       not null,
    name          varchar(60)  not null,
    name_key      varchar(120) not null,
    color         char(7),
    display_order integer      not null,
    constraint pk_embedcrm_contact_statuses primary key (id),
    constraint uq_embedcrm_contact_status_name unique (tenant_id, name_key)
)${table_options};

create table embedcrm_customer_groups (
    id          uuid          not null,
    tenant_id   varchar(64)   not null,
    version     bigint        not null,
    name        varchar(100)  not null,
    code        varchar(30)   not null,
    description varchar(1000),
    discount    decimal(5, 2),
    priority    integer       not null,
    active      boolean       not null,
    constraint pk_embedcrm_customer_groups primary key (id),
    constraint uq_embedcrm_customer_group_code unique (tenant_id, code)
)${table_options};

create table embedcrm_relationship_types (
    id            uuid         not null,
    tenant_id     varchar(64)  not null,
    version       bigint       not null,
    name          varchar(60)  not null,
    name_key      varchar(120) not null,
    inverse_label varchar(60),
    constraint pk_embedcrm_relationship_types primary key (id),
    constraint uq_embedcrm_relationship_type_name unique (tenant_id, name_key)
)${table_options};

create table embedcrm_contacts (
    id                    uuid           not null,
    tenant_id             varchar(64)    not null,
    version               bigint         not null,
    contact_type          varchar(7)     not null,
    display_name          varchar(200)   not null,
    name_key              varchar(400)${binary_collation} not null,
    first_name            varchar(100),
    last_name             varchar(100),
    billing_street        varchar(200),
    billing_city          varchar(200),
    billing_region        varchar(200),
    billing_postal_code   varchar(200),
    billing_country       char(2),
    website               varchar(200),
    industry              varchar(100),
    description           varchar(4000),
    language              char(2),
    country               char(2),
    primary_contact_id    uuid,
    role_customer         boolean        not null,
    role_prospect         boolean        not null,
    role_supplier         boolean        not null,
    role_workshop         boolean        not null,
    status_id             uuid,
    rating                integer        not null,
    internal_notes        varchar(4000),
    next_contact_date     date,
    -- next_contact_date, or ContactCursor.NO_NEXT_CONTACT (9999-12-31) when there is none: the sort key that puts
    -- contacts without a date last, indexable like any column.
    next_contact_key      date           not null,
    call_rejected_at      ${instant},
    call_rejected_by      varchar(128),
    email_rejected_at     ${instant},
    email_rejected_by     varchar(128),
    payment_net_days      integer,
    payment_terms_name    varchar(100),
    credit_limit_amount   decimal(19, 4),
    credit_limit_currency char(3),
    vat_number            varchar(20),
    customer_group_id     uuid,
    document_language     char(2),
    archived_at           ${instant},
    created_at            ${instant}     not null,
    created_by            varchar(128)   not null,
    updated_at            ${instant}     not null,
    constraint pk_embedcrm_contacts primary key (id),
    constraint fk_embedcrm_contact_primary foreign key (primary_contact_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_contact_status foreign key (status_id) references embedcrm_contact_statuses (id),
    constraint fk_embedcrm_contact_group foreign key (customer_group_id) references embedcrm_customer_groups (id)
)${table_options};

-- One index per sort order, each ending in the id that breaks ties, so a keyset page is a range scan.
create index ix_embedcrm_contacts_name on embedcrm_contacts (tenant_id, name_key, id);
create index ix_embedcrm_contacts_created on embedcrm_contacts (tenant_id, created_at, id);
create index ix_embedcrm_contacts_rating on embedcrm_contacts (tenant_id, rating, id);
create index ix_embedcrm_contacts_next_contact on embedcrm_contacts (tenant_id, next_contact_key, id);
create index ix_embedcrm_contacts_status on embedcrm_contacts (tenant_id, status_id);
create index ix_embedcrm_contacts_group on embedcrm_contacts (tenant_id, customer_group_id);
create index ix_embedcrm_contacts_country on embedcrm_contacts (tenant_id, country);
create index ix_embedcrm_contacts_primary on embedcrm_contacts (primary_contact_id);

create table embedcrm_contact_emails (
    contact_id       uuid         not null,
    position         integer      not null,
    tenant_id        varchar(64)  not null,
    email            varchar(254) not null,
    match_key        varchar(254) not null,
    -- match_key while the contact is active, NULL once it is archived: NULLs never collide in a unique key, so an
    -- address is unique among the tenant's active contacts only, on all three databases.
    active_match_key varchar(254),
    constraint pk_embedcrm_contact_emails primary key (contact_id, position),
    constraint fk_embedcrm_contact_email_contact foreign key (contact_id) references embedcrm_contacts (id),
    constraint uq_embedcrm_contact_email unique (tenant_id, active_match_key)
)${table_options};

create index ix_embedcrm_contact_emails_match on embedcrm_contact_emails (tenant_id, match_key);

create table embedcrm_contact_phones (
    contact_id uuid        not null,
    position   integer     not null,
    tenant_id  varchar(64) not null,
    e164       varchar(16) not null,
    raw        varchar(64) not null,
    digits     varchar(15) not null,
    constraint pk_embedcrm_contact_phones primary key (contact_id, position),
    constraint fk_embedcrm_contact_phone_contact foreign key (contact_id) references embedcrm_contacts (id)
)${table_options};

create index ix_embedcrm_contact_phones_digits on embedcrm_contact_phones (tenant_id, digits);

create table embedcrm_contact_addresses (
    contact_id  uuid         not null,
    position    integer      not null,
    tenant_id   varchar(64)  not null,
    street      varchar(200),
    city        varchar(200),
    region      varchar(200),
    postal_code varchar(200),
    country     char(2),
    constraint pk_embedcrm_contact_addresses primary key (contact_id, position),
    constraint fk_embedcrm_contact_address_contact foreign key (contact_id) references embedcrm_contacts (id)
)${table_options};

create table embedcrm_contact_tags (
    contact_id uuid        not null,
    tag_id     uuid        not null,
    tenant_id  varchar(64) not null,
    constraint pk_embedcrm_contact_tags primary key (contact_id, tag_id),
    constraint fk_embedcrm_contact_tag_contact foreign key (contact_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_contact_tag_tag foreign key (tag_id) references embedcrm_tags (id)
)${table_options};

-- A tag id belongs to one tenant, so the tag alone selects; the contact id makes the index cover the lookup.
create index ix_embedcrm_contact_tags_tag on embedcrm_contact_tags (tag_id, contact_id);

create table embedcrm_contact_assignees (
    contact_id uuid         not null,
    assignee   varchar(128) not null,
    tenant_id  varchar(64)  not null,
    constraint pk_embedcrm_contact_assignees primary key (contact_id, assignee),
    constraint fk_embedcrm_contact_assignee_contact foreign key (contact_id) references embedcrm_contacts (id)
)${table_options};

create index ix_embedcrm_contact_assignees_user on embedcrm_contact_assignees (tenant_id, assignee);

create table embedcrm_contact_employments (
    person_id  uuid         not null,
    position   integer      not null,
    tenant_id  varchar(64)  not null,
    company_id uuid         not null,
    job_title  varchar(100),
    constraint pk_embedcrm_contact_employments primary key (person_id, position),
    constraint fk_embedcrm_employment_person foreign key (person_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_employment_company foreign key (company_id) references embedcrm_contacts (id)
)${table_options};

create index ix_embedcrm_employments_company on embedcrm_contact_employments (company_id);

-- low_id and high_id are source and target in unsigned byte order, so the unique key refuses the same two
-- contacts linked by the same type in either direction.
create table embedcrm_relationships (
    id         uuid         not null,
    tenant_id  varchar(64)  not null,
    type_id    uuid         not null,
    source_id  uuid         not null,
    target_id  uuid         not null,
    low_id     uuid         not null,
    high_id    uuid         not null,
    created_at ${instant}   not null,
    created_by varchar(128) not null,
    constraint pk_embedcrm_relationships primary key (id),
    constraint fk_embedcrm_relationship_type foreign key (type_id) references embedcrm_relationship_types (id),
    constraint fk_embedcrm_relationship_source foreign key (source_id) references embedcrm_contacts (id),
    constraint fk_embedcrm_relationship_target foreign key (target_id) references embedcrm_contacts (id),
    constraint uq_embedcrm_relationship_pair unique (tenant_id, type_id, low_id, high_id)
)${table_options};

create index ix_embedcrm_relationships_source on embedcrm_relationships (source_id);
create index ix_embedcrm_relationships_target on embedcrm_relationships (target_id);

-- Deals.countForContact looks deals up by company and by customer.
create index ix_embedcrm_deals_company on embedcrm_deals (tenant_id, company_id);
create index ix_embedcrm_deals_customer on embedcrm_deals (tenant_id, customer_id);
