-- The last known PEPPOL registration per contact, written by EInvoicingService.check. document_types holds the
-- document type identifiers the participant receives, one per line.

create table embedcrm_peppol_status (
    contact_id     uuid          not null,
    tenant_id      varchar(64)   not null,
    participant    varchar(200)  not null,
    registered     boolean       not null,
    document_types varchar(8000) not null,
    checked_at     ${instant}    not null,
    source         varchar(20)   not null,
    constraint pk_embedcrm_peppol_status primary key (contact_id),
    constraint fk_embedcrm_peppol_status_contact foreign key (contact_id) references embedcrm_contacts (id)
        on delete cascade
)${table_options};
