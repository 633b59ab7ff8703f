-- circulation_events is an append-only fact table for the statistics. Its other dimensions (the
-- member's organisation, the copy's organisation and home, the record) never had a foreign key:
-- the code writes them from the network it has just read. These two were the exception, and their
-- checks (two look-ups a row) cost more than the insert itself: about a fifth of a targeting run of
-- 50,000 holds, and part of every check-out and check-in. Without them, the statistics of a location
-- that closes also keep its history.
alter table circulation_events drop constraint circulation_events_location_id_fkey;
alter table circulation_events drop constraint circulation_events_organisation_id_fkey;
