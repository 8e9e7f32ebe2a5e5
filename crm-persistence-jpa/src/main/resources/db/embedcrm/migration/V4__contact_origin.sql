-- Where a contact came from, e.g. the source of the lead it was converted from ("Trade Show").
alter table embedcrm_contacts add column origin varchar(100);
