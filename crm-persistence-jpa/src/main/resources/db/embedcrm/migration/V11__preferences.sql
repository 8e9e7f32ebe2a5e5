-- Each tenant's preferences (PreferenceService): display preferences and timeline visibility, one row per tenant
-- once it saved any; a tenant without a row has the defaults. The views are RecordView names; the card fields and
-- the kinds each timeline shows are enum names, one per line (see TextLists). version is the record's version less
-- one: a tenant's defaults are version 0, its first save version 1.

create table embedcrm_preferences (
    tenant_id               varchar(64)  not null,
    version                 bigint       not null,
    contacts_view           varchar(5)   not null,
    leads_view              varchar(5)   not null,
    deals_view              varchar(5)   not null,
    contact_card            varchar(200) not null,
    deal_card               varchar(200) not null,
    customer_notes_on_deals boolean      not null,
    contact_timeline        varchar(200) not null,
    lead_timeline           varchar(200) not null,
    deal_timeline           varchar(200) not null,
    constraint pk_embedcrm_preferences primary key (tenant_id)
)${table_options};
