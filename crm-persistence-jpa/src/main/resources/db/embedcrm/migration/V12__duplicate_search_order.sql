-- Duplicate search: each key row also holds its contact's sort key (DuplicateFinder.sortKey), so that a key shared by
-- more contacts than the search compares pairwise is read in slices in that order, through the index below, instead
-- of all at once (JpaCandidateSearch). 240 characters hold a contact's whole sort key (at most 157) and keep the index
-- within MariaDB's 3072 bytes of utf8mb4. Rows live no longer than one search, so no existing row needs a value.

alter table embedcrm_duplicate_keys add column sort_key varchar(240)${binary_collation};

create index ix_embedcrm_duplicate_keys_sorted on embedcrm_duplicate_keys (search_id, block_key, sort_key);
