-- The week plan the POI runs: its visit days are the van schedule the transport cost counts with.
alter table route_plans add column adopted_at timestamptz;
alter table route_plans add constraint route_plans_adopted_done check (adopted_at is null or status = 'done');
-- one adopted plan at a time
create unique index route_plans_adopted_key on route_plans ((adopted_at is not null)) where adopted_at is not null;
