-- Tombstones of merged records: the old id of a record merged away and the record it was merged into, so that a
-- later lookup of the old id (a reply to an old e-mail, a host's stale link) resolves to the record kept. Rows are
-- written once and never change. Kinds are RecordKind names. No foreign keys: the merged record no longer exists,
-- and the kept one may itself be merged away later (its tombstone then points further).

create table embedcrm_tombstones (
    tenant_id   varchar(64)  not null,
    merged_kind varchar(8)   not null,
    merged_id   uuid         not null,
    into_kind   varchar(8)   not null,
    into_id     uuid         not null,
    merged_at   ${instant}   not null,
    merged_by   varchar(128) not null,
    constraint pk_embedcrm_tombstones primary key (tenant_id, merged_kind, merged_id)
)${table_options};

-- Tombstones.mergedInto: the records merged into one, oldest merge first.
create index ix_embedcrm_tombstones_into on embedcrm_tombstones (tenant_id, into_kind, into_id, merged_at);
