-- The transport model of the route planner: depots, vans, what each location needs, an optional
-- imported distance/time matrix, and the week plans the planner computed.

create table depots (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text not null check (length(name) between 1 and 200),
  location_id text not null unique references locations (id),
  created_at timestamptz not null default now()
);

create table vans (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text not null check (length(name) between 1 and 100),
  depot_id text not null references depots (id),
  capacity_crates integer not null check (capacity_crates between 1 and 1000),
  shift_start time not null default '07:30',
  shift_minutes integer not null default 510 check (shift_minutes between 60 and 720),
  average_speed_kmh double precision not null default 55 check (average_speed_kmh between 10 and 130),
  fuel text not null check (fuel in ('diesel', 'electric')),
  -- litres of diesel or kWh of electricity per km
  energy_per_km double precision not null check (energy_per_km > 0 and energy_per_km < 5),
  -- well-to-wheel kg CO2 per km
  co2_kg_per_km double precision not null check (co2_kg_per_km >= 0 and co2_kg_per_km < 5),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index vans_depot_idx on vans (depot_id);

-- What a location needs from the vans; a location without a row gets the defaults below.
create table location_transport (
  location_id text primary key references locations (id) on delete cascade,
  visits_per_week smallint not null default 2 check (visits_per_week between 0 and 5),
  -- ISO weekdays (1 = Monday) the van may come
  weekdays smallint[] not null default '{1,2,3,4,5}'
    check (cardinality(weekdays) between 1 and 7 and weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]),
  -- 'opening_hours': only while open (staffed or Open+); 'key_access': the driver has a key, any time
  delivery_window text not null default 'opening_hours' check (delivery_window in ('opening_hours', 'key_access')),
  service_minutes smallint not null default 10 check (service_minutes between 1 and 120),
  -- null: estimated (from the transit volume, or the location's size until there is one)
  crates_per_visit smallint check (crates_per_visit between 0 and 500),
  note text check (length(note) <= 500),
  updated_at timestamptz not null default now(),
  check (visits_per_week <= cardinality(weekdays))
);

-- Road distances and driving times from a routing engine (e.g. OSRM), replacing the estimate.
create table distance_matrix (
  from_location_id text not null references locations (id) on delete cascade,
  to_location_id text not null references locations (id) on delete cascade,
  km double precision not null check (km >= 0),
  minutes double precision not null check (minutes >= 0),
  primary key (from_location_id, to_location_id),
  check (from_location_id <> to_location_id)
);

create table route_plans (
  id integer generated always as identity primary key,
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  parameters jsonb not null,
  result jsonb,
  error text,
  requested_by integer references staff_users (id) on delete set null,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  check ((status = 'running') = (finished_at is null)),
  check (status <> 'done' or result is not null),
  check (status <> 'failed' or error is not null)
);
create index route_plans_created_idx on route_plans (created_at desc);
