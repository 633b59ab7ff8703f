-- Crates: staff pack the copies travelling from their location to one destination in a crate, the
-- van carries it on a run (a date), the destination receives it and checks in what it holds.

create sequence crate_codes;

create table crates (
  id bigint generated always as identity primary key,
  -- printed on the crate's label and scanned at both ends
  code text not null unique default 'K' || lpad(nextval('crate_codes')::text, 6, '0')
    check (code ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
  label text check (length(label) <= 200),
  from_location_id text not null references locations (id),
  to_location_id text not null references locations (id),
  status text not null default 'packed' check (status in ('packed', 'sent', 'received')),
  -- the day of the van run that carries it (set when packed for a known run, else when sent)
  run_date date,
  packed_at timestamptz not null,
  sent_at timestamptz,
  received_at timestamptz,
  check (from_location_id <> to_location_id),
  check ((status = 'packed') = (sent_at is null)),
  check ((status = 'received') = (received_at is not null)),
  check (status = 'packed' or run_date is not null)
);
create index crates_from_idx on crates (from_location_id, status);
create index crates_to_run_idx on crates (to_location_id, run_date);

-- a transit is in at most one crate
alter table transits add column crate_id bigint references crates (id);
create index transits_crate_idx on transits (crate_id) where crate_id is not null;
