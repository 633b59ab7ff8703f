-- Members (patrons) and staff. Personal data lives only here; every row carries its organisation.
create table patron_categories (
  code text primary key check (code ~ '^[a-z_]{2,30}$'),
  name_nl text not null,
  name_en text not null,
  min_age smallint,
  max_age smallint
);

create table patrons (
  id integer generated always as identity primary key,
  organisation_id text not null references organisations (id),
  card_number text not null check (card_number ~ '^[0-9A-Za-z]{6,20}$'),
  pin_hash text not null,
  first_name text not null check (length(first_name) between 1 and 100),
  last_name text not null check (length(last_name) between 1 and 100),
  birth_year smallint not null check (birth_year between 1900 and 2100),
  -- null when the member lives outside the province
  municipality_code text references municipalities (code),
  home_location_id text not null references locations (id),
  category text not null references patron_categories (code),
  email text,
  phone text,
  street_address text,
  postcode text,
  town text,
  preferred_language text not null default 'nl' check (preferred_language in ('nl', 'en')),
  -- accommodations: more loans or longer loan periods, e.g. for a print disability
  extra_loans smallint not null default 0 check (extra_loans between 0 and 100),
  extra_loan_days smallint not null default 0 check (extra_loan_days between 0 and 365),
  accommodation_note text,
  blocked_reason text,
  blocked_at timestamptz,
  -- privacy: a returned loan stays linked to the member only if they chose so (off by default)
  keep_history boolean not null default false,
  expires_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint patrons_card_number_key unique (card_number),
  check ((blocked_reason is null) = (blocked_at is null))
);
create index patrons_organisation_name_idx on patrons (organisation_id, lower(last_name), lower(first_name));

create table staff_users (
  id integer generated always as identity primary key,
  username text not null check (username ~ '^[a-z0-9._-]{3,40}$'),
  password_hash text not null,
  display_name text not null check (length(display_name) between 1 and 100),
  role text not null check (role in ('network_admin', 'organisation_admin', 'desk', 'collection_specialist',
    'logistics_planner', 'statistician', 'municipality_viewer')),
  -- the organisation whose members the user may see; null for the network's own (POI) roles
  organisation_id text references organisations (id),
  municipality_code text references municipalities (code),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  constraint staff_users_username_key unique (username),
  constraint staff_users_organisation_role_check
    check (role not in ('organisation_admin', 'desk') or organisation_id is not null),
  constraint staff_users_network_admin_check check (role <> 'network_admin' or organisation_id is null),
  constraint staff_users_municipality_role_check check ((role = 'municipality_viewer') = (municipality_code is not null))
);

-- The locations a desk user may work at.
create table staff_user_locations (
  staff_user_id integer not null references staff_users (id) on delete cascade,
  -- no cascade: a location people still work at is not removed by accident
  location_id text not null references locations (id),
  primary key (staff_user_id, location_id)
);

create table sessions (
  -- sha-256 of the cookie's token: a stolen table does not give working sessions
  token_hash text primary key,
  staff_user_id integer references staff_users (id) on delete cascade,
  patron_id integer references patrons (id) on delete cascade,
  -- the desk location the staff user works at in this session
  location_id text references locations (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  check ((staff_user_id is null) <> (patron_id is null))
);
create index sessions_expires_idx on sessions (expires_at);

-- Who read or changed which member's personal data, and when. No foreign key on the member:
-- the trail outlives a member who is erased.
create table patron_access_log (
  id bigint generated always as identity primary key,
  staff_user_id integer not null references staff_users (id),
  patron_id integer not null,
  action text not null check (action in ('read', 'search', 'create', 'update', 'erase')),
  at timestamptz not null default now()
);
create index patron_access_log_patron_idx on patron_access_log (patron_id, at);

-- Failed sign-ins, to slow down guessing of PINs and passwords (subject: 'card:…' or 'user:…').
create table sign_in_failures (
  subject text not null,
  at timestamptz not null default now()
);
create index sign_in_failures_subject_idx on sign_in_failures (subject, at);

-- The categories the circulation rules distinguish; organisations may add their own.
insert into patron_categories (code, name_nl, name_en, min_age, max_age) values
  ('youth', 'Jeugd (tot 18 jaar)', 'Youth (under 18)', 0, 17),
  ('adult', 'Volwassene', 'Adult', 18, null),
  ('basic', 'Basisabonnement', 'Basic membership', 18, null),
  ('student', 'Student', 'Student', 16, 30),
  ('institution', 'Instelling (school, zorg)', 'Institution (school, care)', null, null);
