-- Card numbers: each organisation has a four-digit prefix and its own running serial, so a card
-- tells which organisation issued it and two organisations never hand out the same number.
create table patron_card_series (
  organisation_id text primary key references organisations (id),
  prefix smallint not null check (prefix between 1000 and 9999),
  next_serial integer not null default 1 check (next_serial between 1 and 99999999),
  constraint patron_card_series_prefix_key unique (prefix)
);

-- Erasure on request anonymises the row instead of deleting it, so loans, events and the access
-- trail that point at it stay consistent; what identified the member must be gone.
alter table patrons add column erased_at timestamptz;
alter table patrons add constraint patrons_erased_check check (
  erased_at is null or (email is null and phone is null and street_address is null and postcode is null
    and town is null and accommodation_note is null and blocked_reason is null and keep_history = false)
);

-- The access trail says what was read or changed (e.g. 'accommodations', 'blocked: …') and at which desk.
alter table patron_access_log add column detail text check (length(detail) <= 500);
alter table patron_access_log add column location_id text references locations (id);

-- Member search at the desk: any word of the name, a postcode, a card number.
create index patrons_name_trgm_idx on patrons using gin ((' ' || lower(first_name || ' ' || last_name)) gin_trgm_ops);
-- text_pattern_ops: a postcode search is a prefix (LIKE '7941%'), whatever the database's collation
create index patrons_organisation_postcode_idx on patrons (organisation_id, postcode text_pattern_ops);
