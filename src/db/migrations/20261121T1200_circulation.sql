-- Circulation and holds: rules, loans, holds, transits, fees, notices, national IBL outbox, events.
-- The live state changes only in transactions; the rules the database can hold are here.

-- What each organisation decides for the whole network: whether it supplies IBL, window time,
-- floating collections, the hold shelf, and how a returned copy picks the hold it fills.
create table circulation_settings (
  organisation_id text primary key references organisations (id) on delete cascade,
  -- false: its copies never travel to members of other organisations
  supplies_ibl boolean not null default true,
  -- a copy younger than this many days does not go to members of other organisations
  window_days smallint not null default 0 check (window_days between 0 and 730),
  -- collections whose copies stay where they are returned (within the organisation)
  floating_collections text[] not null default '{}',
  hold_shelf_days smallint not null default 7 check (hold_shelf_days between 1 and 60),
  -- an unfilled hold expires after this many days
  hold_expiry_days smallint not null default 365 check (hold_expiry_days between 1 and 1095),
  -- order in which a returned copy's candidate holds are compared (Evergreen's best-hold selection)
  capture_order text[] not null default '{pickup_here,on_the_way,oldest}'
    check (capture_order <@ array['pickup_here', 'on_the_way', 'own_organisation', 'proximity', 'oldest']::text[]),
  -- when a hold of its members would go to IBL and the work exists as e-book or audiobook
  digital_alternative text not null default 'inform' check (digital_alternative in ('off', 'inform', 'confirm')),
  -- whether its members' holds that no copy in the province can fill go to national IBL
  national_ibl boolean not null default true,
  -- a member owing this much or more may not borrow
  max_owed_cents integer not null default 1000 check (max_owed_cents >= 0),
  updated_at timestamptz not null default now()
);

-- The rules matrix: organisation × patron category × item type (format, collection). A null
-- matches anything; the most specific row wins (see circulation/rules.ts).
create table circulation_rules (
  id integer generated always as identity primary key,
  organisation_id text not null references organisations (id) on delete cascade,
  patron_category text references patron_categories (code),
  format text check (format in ('book', 'large_print', 'ebook', 'audiobook', 'dvd', 'magazine', 'game', 'music', 'other')),
  collection text check (collection ~ '^[a-z0-9_-]{1,30}$'),
  loan_days smallint not null check (loan_days between 1 and 365),
  renewals smallint not null check (renewals between 0 and 50),
  max_loans smallint not null check (max_loans between 0 and 500),
  max_holds smallint not null check (max_holds between 0 and 200),
  holdable boolean not null default true,
  -- whether copies of this type travel to members of other organisations (IBL)
  travels boolean not null default true,
  hold_fee_local_cents integer not null default 0 check (hold_fee_local_cents >= 0),
  hold_fee_provincial_cents integer not null default 0 check (hold_fee_provincial_cents >= 0),
  hold_fee_national_cents integer not null default 0 check (hold_fee_national_cents >= 0),
  -- 0 is fine-free
  overdue_fine_cents_per_day integer not null default 0 check (overdue_fine_cents_per_day >= 0),
  max_overdue_fine_cents integer not null default 0 check (max_overdue_fine_cents >= 0),
  -- null: the item's price
  lost_item_charge_cents integer check (lost_item_charge_cents >= 0),
  updated_at timestamptz not null default now(),
  constraint circulation_rules_key unique nulls not distinct (organisation_id, patron_category, format, collection)
);

create table holds (
  id bigint generated always as identity primary key,
  patron_id integer not null references patrons (id) on delete cascade,
  -- tenancy: whose member this is (personal data stays in that organisation)
  patron_organisation_id text not null references organisations (id),
  level text not null check (level in ('title', 'item')),
  record_id integer not null references records (id),
  -- title level: also the work's other editions of the same format
  any_edition boolean not null default true,
  item_id integer references items (id),
  pickup_location_id text not null references locations (id),
  status text not null default 'waiting'
    check (status in ('waiting', 'targeted', 'in_transit', 'ready', 'fulfilled', 'cancelled', 'expired')),
  placed_at timestamptz not null,
  expires_on date not null,
  suspended_until date,
  -- the copy chosen to fill it, and why (tier, cost, the candidates weighed)
  target_item_id integer references items (id),
  target_tier text check (target_tier in ('pickup_location', 'own_organisation', 'provincial', 'national')),
  target_reason jsonb,
  targeted_at timestamptz,
  -- copies that were looked for on the shelf and not found: never targeted again for this hold
  excluded_item_ids integer[] not null default '{}',
  ready_at timestamptz,
  pickup_deadline date,
  pickup_code text,
  closed_at timestamptz,
  close_reason text,
  -- set when no copy in the province can ever fill it and national IBL cannot either
  hopeless_since timestamptz,
  placed_by_staff_user_id integer references staff_users (id),
  constraint holds_item_level_check check ((level = 'item') = (item_id is not null)),
  -- a hold that claims a copy names it; a closed hold keeps the copy it had, for the record
  constraint holds_claim_check check (status not in ('targeted', 'in_transit', 'ready') or target_item_id is not null),
  constraint holds_waiting_check check (status <> 'waiting' or target_item_id is null),
  constraint holds_ready_check check (status <> 'ready' or (pickup_deadline is not null and pickup_code is not null)),
  constraint holds_closed_check check ((status in ('fulfilled', 'cancelled', 'expired')) = (closed_at is not null))
);
-- an item fills at most one hold
create unique index holds_target_item_key on holds (target_item_id) where status in ('targeted', 'in_transit', 'ready');
create index holds_patron_active_idx on holds (patron_id) where status in ('waiting', 'targeted', 'in_transit', 'ready');
create index holds_record_active_idx on holds (record_id, placed_at) where status in ('waiting', 'targeted', 'in_transit', 'ready');
create index holds_waiting_idx on holds (placed_at) where status = 'waiting';
create index holds_pickup_ready_idx on holds (pickup_location_id, pickup_deadline) where status = 'ready';

create table loans (
  id bigint generated always as identity primary key,
  item_id integer not null references items (id),
  -- null once returned, unless the member keeps a reading history
  patron_id integer references patrons (id) on delete set null,
  patron_organisation_id text not null references organisations (id),
  location_id text not null references locations (id),
  -- the hold this loan fulfilled: a hold is filled by at most one loan
  hold_id bigint unique references holds (id),
  channel text not null check (channel in ('desk', 'self_service')),
  staff_user_id integer references staff_users (id),
  checked_out_at timestamptz not null,
  due_on date not null,
  renewals smallint not null default 0 check (renewals >= 0),
  last_renewed_at timestamptz,
  returned_at timestamptz,
  return_location_id text references locations (id),
  -- how it ended: returned, or written off as lost
  closed_as text check (closed_as in ('returned', 'lost')),
  overdue_notified_on date,
  check ((returned_at is null) = (closed_as is null)),
  check (returned_at is not null or patron_id is not null)
);
-- an item has at most one open loan
create unique index loans_open_item_key on loans (item_id) where returned_at is null;
create index loans_open_patron_idx on loans (patron_id) where returned_at is null;
create index loans_open_due_idx on loans (due_on) where returned_at is null;
create index loans_history_patron_idx on loans (patron_id, returned_at) where returned_at is not null;

-- Every copy that travels: for a hold, home, or elsewhere. Logistics adds crates and van runs.
create table transits (
  id bigint generated always as identity primary key,
  item_id integer not null references items (id),
  from_location_id text not null references locations (id),
  to_location_id text not null references locations (id),
  reason text not null check (reason in ('hold', 'home', 'float', 'rotation')),
  hold_id bigint references holds (id),
  created_at timestamptz not null,
  -- when it left on the van (null: pulled, waiting for the van)
  sent_at timestamptz,
  received_at timestamptz,
  received_location_id text references locations (id),
  cancelled_at timestamptz,
  check (from_location_id <> to_location_id),
  check ((reason = 'hold') = (hold_id is not null)),
  check (received_at is null or cancelled_at is null)
);
-- an item is in at most one open transit
create unique index transits_open_item_key on transits (item_id) where received_at is null and cancelled_at is null;
create index transits_open_from_idx on transits (from_location_id, created_at) where received_at is null and cancelled_at is null;
create index transits_open_to_idx on transits (to_location_id, created_at) where received_at is null and cancelled_at is null;
create index transits_hold_idx on transits (hold_id) where hold_id is not null;
create index transits_created_idx on transits (created_at);

-- The fees ledger of each organisation: charges, and payments or waivers against them.
create table fees (
  id bigint generated always as identity primary key,
  organisation_id text not null references organisations (id),
  patron_id integer not null references patrons (id) on delete cascade,
  kind text not null check (kind in ('overdue', 'lost', 'hold_local', 'hold_provincial', 'hold_national', 'damage', 'other')),
  amount_cents integer not null check (amount_cents > 0),
  loan_id bigint references loans (id),
  hold_id bigint references holds (id),
  item_id integer references items (id),
  note text check (length(note) <= 500),
  charged_at timestamptz not null,
  charged_by_staff_user_id integer references staff_users (id)
);
create index fees_patron_idx on fees (patron_id);
create index fees_organisation_idx on fees (organisation_id, charged_at);

create table fee_payments (
  id bigint generated always as identity primary key,
  fee_id bigint not null references fees (id) on delete cascade,
  kind text not null check (kind in ('payment', 'waiver')),
  amount_cents integer not null check (amount_cents > 0),
  -- a waiver says why
  reason text check (length(reason) <= 500),
  staff_user_id integer references staff_users (id),
  at timestamptz not null,
  check (kind <> 'waiver' or (reason is not null and staff_user_id is not null))
);
create index fee_payments_fee_idx on fee_payments (fee_id);

-- Outbound national IBL: ISO 18626 Request messages with their status life cycle, for a connector.
create table national_ibl_requests (
  id bigint generated always as identity primary key,
  hold_id bigint not null references holds (id),
  requesting_agency_request_id text not null unique,
  requesting_agency_id text not null,
  -- 'queued' until a connector sends it; then the supplier's ISO 18626 status
  status text not null default 'queued' check (status in ('queued', 'sent', 'RequestReceived', 'ExpectToSupply', 'WillSupply',
    'Loaned', 'Overdue', 'Recalled', 'RetryPossible', 'Unfilled', 'CopyCompleted', 'LoanCompleted', 'CompletedWithoutReturn', 'Cancelled')),
  message jsonb not null,
  supplying_agency_id text,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index national_ibl_open_hold_key on national_ibl_requests (hold_id)
  where status not in ('Unfilled', 'LoanCompleted', 'CompletedWithoutReturn', 'Cancelled', 'CopyCompleted');
create index national_ibl_status_idx on national_ibl_requests (status, created_at);

create table national_ibl_status_changes (
  id bigint generated always as identity primary key,
  request_id bigint not null references national_ibl_requests (id),
  status text not null,
  note text,
  at timestamptz not null
);
create index national_ibl_status_changes_request_idx on national_ibl_status_changes (request_id);

-- The notices outbox: written in the transaction that causes them, sent by a job.
create table notices (
  id bigint generated always as identity primary key,
  patron_id integer references patrons (id) on delete cascade,
  organisation_id text not null references organisations (id),
  kind text not null check (kind in ('hold_ready', 'pickup_reminder', 'hold_expired', 'due_soon', 'overdue')),
  language text not null check (language in ('nl', 'en')),
  recipient text,
  subject text not null,
  body text not null,
  -- one notice per occasion (e.g. 'overdue:loan:12:2026-12-01')
  dedupe_key text not null unique,
  created_at timestamptz not null,
  sent_at timestamptz,
  failed_at timestamptz,
  error text,
  attempts smallint not null default 0
);
create index notices_unsent_idx on notices (created_at) where sent_at is null;
create index notices_patron_idx on notices (patron_id);

-- Every circulation action, with anonymised dimensions only: no member id, no name, no card.
create table circulation_events (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  action text not null check (action in ('checkout', 'checkin', 'renewal', 'hold_placed', 'hold_targeted', 'hold_ready',
    'hold_fulfilled', 'hold_cancelled', 'hold_expired', 'transit_created', 'transit_sent', 'transit_received',
    'fee_charged', 'fee_paid', 'fee_waived', 'item_lost', 'item_missing', 'item_damaged', 'item_withdrawn', 'item_available',
    'national_ibl_requested')),
  channel text check (channel in ('desk', 'self_service', 'system', 'member')),
  organisation_id text references organisations (id),
  location_id text references locations (id),
  record_id integer,
  item_organisation_id text,
  item_home_location_id text,
  format text,
  audience text,
  fiction boolean,
  collection text,
  patron_organisation_id text,
  patron_category text,
  age_band text check (age_band in ('0-5', '6-11', '12-17', '18-29', '30-44', '45-64', '65+')),
  municipality_code text,
  ibl_tier text check (ibl_tier in ('pickup_location', 'own_organisation', 'provincial', 'national')),
  amount_cents integer
);
create index circulation_events_at_idx on circulation_events (at);
create index circulation_events_action_at_idx on circulation_events (action, at);

-- Append-only: the statistics of past years must not change under anyone's hands.
create function circulation_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'circulation_events is append-only' using errcode = '55000';
end
$$;
create trigger circulation_events_no_change before update or delete on circulation_events
  for each row execute function circulation_events_append_only();
