-- Duplicate search: the blocking keys of the contacts one search for duplicates compares (JpaCandidateSearch). Keys
-- depend on the search's criteria, so each search files its own rows, under a random search_id, and deletes them when
-- it ends; it runs in one transaction, so no other transaction ever sees them. The primary key is also the order the
-- blocks are read in: by key, then contact. block_key carries ${binary_collation} (see V2), so that keys differing
-- only in case or trailing spaces stay apart. No foreign key: the rows live no longer than the search.

create table embedcrm_duplicate_keys (
    search_id  uuid         not null,
    tenant_id  varchar(64)  not null,
    block_key  varchar(500)${binary_collation} not null,
    contact_id uuid         not null,
    constraint pk_embedcrm_duplicate_keys primary key (search_id, block_key, contact_id)
)${table_options};
