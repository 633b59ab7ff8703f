-- The network: library organisations (and the POI), municipalities, populated places, locations.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table organisations (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text not null check (length(name) between 1 and 200),
  short_name text not null check (length(short_name) between 1 and 60),
  -- 'support' is the provincial support organisation (POI): it runs IBL and logistics, lends nothing.
  kind text not null check (kind in ('library', 'support')),
  website text,
  created_at timestamptz not null default now()
);

create table municipalities (
  code text primary key check (code ~ '^GM[0-9]{4}$'),
  name text not null,
  seat text,
  organisation_id text references organisations (id),
  population integer check (population >= 0),
  population_date date,
  area_km2 double precision,
  centroid_latitude double precision,
  centroid_longitude double precision
);

create table places (
  id integer generated always as identity primary key,
  name text not null,
  municipality_code text not null references municipalities (code),
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  population integer check (population >= 0),
  geonames_id integer unique
);
create index places_municipality_idx on places (municipality_code);

create table locations (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
  name text not null check (length(name) between 1 and 200),
  organisation_id text not null references organisations (id),
  type text not null check (type in ('branch', 'service_point', 'mobile_library', 'school_library', 'pickup_locker', 'office')),
  town text not null,
  municipality_code text not null references municipalities (code),
  street_address text,
  postcode text,
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  -- whether members may choose this location to pick up holds
  pickup_allowed boolean not null default true,
  -- whether the public may visit (the POI's office and depot is not)
  public boolean not null default true,
  accessibility text[] not null default '{}',
  phone text,
  email text,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index locations_organisation_idx on locations (organisation_id);

-- Staffed and self-service (Open+) hours per ISO weekday (1 = Monday); several spans a day allowed.
create table location_hours (
  location_id text not null references locations (id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  kind text not null check (kind in ('staffed', 'self_service')),
  opens time not null,
  closes time not null check (closes > opens),
  primary key (location_id, weekday, kind, opens)
);

-- Days a location is closed; a row without location closes the whole network (public holidays).
create table closed_days (
  id integer generated always as identity primary key,
  location_id text references locations (id) on delete cascade,
  date date not null,
  reason text not null check (length(reason) between 1 and 200),
  constraint closed_days_location_date_key unique nulls not distinct (location_id, date)
);
create index closed_days_date_idx on closed_days (date);
