-- The activity context: interactions, activity categories, activities with their attendees, reminders, and the audit
-- trail; and when a contact was last interacted with. Same conventions as V1-V3 (placeholders from Migrations,
-- name_key = Names.key of the name).
-- Timelines run newest first, then by id as text, descending. id_text holds the id's canonical text form with a
-- binary collation, so that it compares as Java's String order on every database and against any cursor text, whereas
-- MariaDB orders its uuid type by rearranged fields for UUID versions 1 to 5.
-- Interactions, activities and audit entries keep the ids of the contacts, leads and deals they are about without
-- foreign keys, as deals do for their contacts: deleting or merging those records is the services' decision.

alter table embedcrm_contacts add column last_interaction_at ${instant};

create table embedcrm_activity_categories (
    id        uuid         not null,
    tenant_id varchar(64)  not null,
    version   bigint       not null,
    name      varchar(100) not null,
    name_key  varchar(200) not null,
    active    boolean      not null,
    constraint pk_embedcrm_activity_categories primary key (id),
    constraint uq_embedcrm_activity_category_name unique (tenant_id, name_key)
)${table_options};

-- A task's due time is both starts_at and ends_at. reminder_offsets lists how long before the start to remind, as
-- ISO-8601 durations (PT15M), one per line (see TextLists), in the order given.
create table embedcrm_activities (
    id               uuid          not null,
    id_text          varchar(36)${binary_collation} not null,
    tenant_id        varchar(64)   not null,
    version          bigint        not null,
    kind             varchar(7)    not null,
    category_id      uuid,
    subject          varchar(200)  not null,
    description      varchar(4000),
    starts_at        ${instant}    not null,
    ends_at          ${instant}    not null,
    location         varchar(200),
    owner            varchar(128)  not null,
    status           varchar(11)   not null,
    priority         varchar(6)    not null,
    contact_id       uuid,
    lead_id          uuid,
    deal_id          uuid,
    reminder_offsets varchar(400)  not null,
    created_at       ${instant}    not null,
    created_by       varchar(128)  not null,
    updated_at       ${instant}    not null,
    constraint pk_embedcrm_activities primary key (id),
    constraint fk_embedcrm_activity_category foreign key (category_id) references embedcrm_activity_categories (id),
    constraint ck_embedcrm_activity_schedule check (ends_at >= starts_at)
)${table_options};

-- The calendar: a user's own activities by start; the task lists: a tenant's tasks by due time.
create index ix_embedcrm_activities_owner on embedcrm_activities (tenant_id, owner, starts_at);
create index ix_embedcrm_activities_kind on embedcrm_activities (tenant_id, kind, starts_at, id_text);
-- The timelines of contacts, leads and deals: a keyset page is a range scan of one of these.
create index ix_embedcrm_activities_contact on embedcrm_activities (tenant_id, contact_id, starts_at, id_text);
create index ix_embedcrm_activities_lead on embedcrm_activities (tenant_id, lead_id, starts_at, id_text);
create index ix_embedcrm_activities_deal on embedcrm_activities (tenant_id, deal_id, starts_at, id_text);

create table embedcrm_activity_attendees (
    activity_id uuid         not null,
    attendee    varchar(128) not null,
    tenant_id   varchar(64)  not null,
    constraint pk_embedcrm_activity_attendees primary key (activity_id, attendee),
    constraint fk_embedcrm_activity_attendee_activity foreign key (activity_id) references embedcrm_activities (id)
)${table_options};

-- The calendar: the activities a user attends.
create index ix_embedcrm_activity_attendees_user on embedcrm_activity_attendees (tenant_id, attendee, activity_id);

create table embedcrm_activity_contacts (
    activity_id uuid        not null,
    contact_id  uuid        not null,
    tenant_id   varchar(64) not null,
    constraint pk_embedcrm_activity_contacts primary key (activity_id, contact_id),
    constraint fk_embedcrm_activity_contact_activity foreign key (activity_id) references embedcrm_activities (id)
)${table_options};

create index ix_embedcrm_activity_contacts_contact on embedcrm_activity_contacts (tenant_id, contact_id);

-- One row per reminder to send. A dispatcher claims one by setting sent_at with a conditional update
-- (... where sent_at is null), so two dispatchers never both send it. before_offset is the ISO-8601 duration
-- before the activity's start.
create table embedcrm_reminders (
    id            uuid        not null,
    tenant_id     varchar(64) not null,
    activity_id   uuid        not null,
    before_offset varchar(40) not null,
    remind_at     ${instant}  not null,
    sent_at       ${instant},
    constraint pk_embedcrm_reminders primary key (id),
    constraint fk_embedcrm_reminder_activity foreign key (activity_id) references embedcrm_activities (id)
)${table_options};

-- Due reminders: not sent (sent_at null), remind_at up to now.
create index ix_embedcrm_reminders_due on embedcrm_reminders (tenant_id, sent_at, remind_at);
create index ix_embedcrm_reminders_activity on embedcrm_reminders (activity_id);

-- email_message_id is NULL on everything but e-mails that have one: NULLs never collide in a unique key, so a message
-- id is unique per tenant on all three databases. email_to and email_cc hold the addresses one per line, with
-- backslashes and line breaks escaped by a backslash.
create table embedcrm_interactions (
    id                 uuid           not null,
    id_text            varchar(36)${binary_collation} not null,
    tenant_id          varchar(64)    not null,
    kind               varchar(7)     not null,
    contact_id         uuid           not null,
    deal_id            uuid,
    lead_id            uuid,
    summary            varchar(200)   not null,
    details            varchar(10000),
    occurred_at        ${instant}     not null,
    author             varchar(128)   not null,
    outcome            varchar(200),
    email_direction    varchar(8),
    email_subject      varchar(500),
    email_from         varchar(320),
    email_to           ${text},
    email_cc           ${text},
    email_message_id   varchar(500),
    follow_up_at       ${instant},
    follow_up_assignee varchar(128),
    follow_up_task_id  uuid,
    logged_at          ${instant}     not null,
    constraint pk_embedcrm_interactions primary key (id),
    constraint uq_embedcrm_interaction_message_id unique (tenant_id, email_message_id),
    constraint fk_embedcrm_interaction_follow_up foreign key (follow_up_task_id) references embedcrm_activities (id),
    constraint ck_embedcrm_interaction_email check ((kind = 'EMAIL') = (email_direction is not null))
)${table_options};

create index ix_embedcrm_interactions_contact on embedcrm_interactions (tenant_id, contact_id, occurred_at, id_text);
create index ix_embedcrm_interactions_lead on embedcrm_interactions (tenant_id, lead_id, occurred_at, id_text);
create index ix_embedcrm_interactions_deal on embedcrm_interactions (tenant_id, deal_id, occurred_at, id_text);
create index ix_embedcrm_interactions_follow_up on embedcrm_interactions (follow_up_task_id);

create table embedcrm_interaction_participants (
    interaction_id uuid        not null,
    contact_id     uuid        not null,
    tenant_id      varchar(64) not null,
    constraint pk_embedcrm_interaction_participants primary key (interaction_id, contact_id),
    constraint fk_embedcrm_participant_interaction foreign key (interaction_id) references embedcrm_interactions (id)
)${table_options};

create index ix_embedcrm_participants_contact on embedcrm_interaction_participants (tenant_id, contact_id);

-- Append-only, apart from erasure: old_value and new_value are columns of their own, never part of a free text, so an
-- erasure request blanks the personal ones (personal = true) and keeps who changed which field when. No foreign key
-- to the record: the trail outlives deleted and merged records.
create table embedcrm_audit_entries (
    id          uuid         not null,
    id_text     varchar(36)${binary_collation} not null,
    tenant_id   varchar(64)  not null,
    change_set  uuid         not null,
    record_kind varchar(8)   not null,
    record_id   uuid         not null,
    change_kind varchar(7)   not null,
    field_path  varchar(200),
    old_value   ${text},
    new_value   ${text},
    personal    boolean      not null,
    actor       varchar(128) not null,
    changed_at  ${instant}   not null,
    constraint pk_embedcrm_audit_entries primary key (id)
)${table_options};

create index ix_embedcrm_audit_record on embedcrm_audit_entries (tenant_id, record_kind, record_id, changed_at, id_text);
