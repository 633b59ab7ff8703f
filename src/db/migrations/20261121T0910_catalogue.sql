-- The union catalogue: works group the records (editions, formats) of one work; items are copies.
create table works (
  id integer generated always as identity primary key,
  -- normalised title + first author; records with the same key are editions of one work
  key text not null unique,
  title text not null,
  author text
);

create table records (
  id integer generated always as identity primary key,
  work_id integer references works (id),
  -- MARC 001 of the source catalogue, used to match a re-import
  control_number text unique,
  title text not null check (length(title) between 1 and 1000),
  subtitle text,
  authors text[] not null default '{}',
  isbns text[] not null default '{}',
  publisher text,
  year smallint check (year between 1000 and 2200),
  language char(3) not null default 'dut',
  format text not null check (format in ('book', 'large_print', 'ebook', 'audiobook', 'dvd', 'magazine', 'game')),
  audience text not null check (audience in ('age_0_5', 'age_6_11', 'age_12_17', 'adult')),
  fiction boolean not null,
  subjects text[] not null default '{}',
  series text,
  series_number text,
  -- e-books and audiobooks: where the online library offers it
  online_url text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index records_work_idx on records (work_id);
create index records_isbns_idx on records using gin (isbns);

create table items (
  id integer generated always as identity primary key,
  barcode text not null check (barcode ~ '^[0-9A-Za-z-]{4,32}$'),
  record_id integer not null references records (id),
  organisation_id text not null references organisations (id),
  home_location_id text not null references locations (id),
  current_location_id text not null references locations (id),
  shelf_code text,
  -- the collection an item belongs to, used by the circulation rules (e.g. 'youth', 'adult', 'reference')
  collection text not null default 'general' check (collection ~ '^[a-z0-9_-]{1,30}$'),
  status text not null default 'available'
    check (status in ('available', 'on_loan', 'in_transit', 'on_hold_shelf', 'lost', 'missing', 'damaged', 'withdrawn', 'in_processing')),
  status_changed_at timestamptz not null default now(),
  acquired_on date not null default current_date,
  price_cents integer check (price_cents >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint items_barcode_key unique (barcode)
);
create index items_record_idx on items (record_id);
create index items_current_location_status_idx on items (current_location_id, status);
create index items_home_location_idx on items (home_location_id);
