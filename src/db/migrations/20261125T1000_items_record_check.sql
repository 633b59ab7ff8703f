-- A copy's record is checked once per statement instead of once per row, like its organisation and
-- locations (20261124T1100). Its foreign key ran a look-up (and a lock) for every copy written; an
-- import writes about a thousand copies in one statement. EXPLAIN ANALYZE of import batches (500
-- records, about 970 copies, into the 1,000,000-record catalogue, a busy machine): the foreign key's
-- checks took 6-25 ms a batch (mostly 10-13) of the statement's 90-210 ms; the check per statement,
-- locations and record together, 2-4 ms of 60-115 ms. The rule stays the same, in both directions, with the
-- errors the foreign key raised (23503, the same constraint name and messages), so the API still
-- answers 409 unknown_reference and still_in_use.

alter table items drop constraint items_record_id_fkey;

-- Refuses record ids that do not exist. Like a foreign key it first locks (key share) the records
-- named, until the transaction ends: a record cannot be removed while copies of it are being
-- written, and one removed meanwhile is not found by the check after the lock.
create function items_record_check(record_ids integer[]) returns void language plpgsql as $$
declare
  missing integer;
begin
  perform from records where id = any(record_ids) for key share;
  select v into missing from unnest(record_ids) as v where not exists (select from records r where r.id = v) limit 1;
  if found then
    raise foreign_key_violation using
      message = 'insert or update on table "items" violates foreign key constraint "items_record_id_fkey"',
      detail = format('Key (record_id)=(%s) is not present in table "records".', missing),
      constraint = 'items_record_id_fkey',
      table = 'items',
      schema = 'public';
  end if;
end
$$;

-- New copies: the one statement trigger of 20261124T1100 now checks their records too.
create or replace function items_inserted_check_references() returns trigger language plpgsql as $$
begin
  perform items_references_check(array_agg(distinct organisation_id), array_agg(distinct home_location_id),
    array_agg(distinct current_location_id)), items_record_check(array_agg(distinct record_id))
  from new_items_referring;
  return null;
end
$$;

-- A copy moved to another record (a re-import that matches it elsewhere): checked row by row, and only then.
create function items_record_changed_check() returns trigger language plpgsql as $$
begin
  perform items_record_check(array[new.record_id]);
  return null;
end
$$;

create trigger items_record_changed_check after update of record_id on items
  for each row when (old.record_id is distinct from new.record_id) execute function items_record_changed_check();

-- The other side: a record that copies name is not removed, nor its id changed. After the change,
-- so that the look-up sees copies a transaction that held the record's lock has committed meanwhile.
create function records_referenced_keep_items() returns trigger language plpgsql as $$
begin
  if exists (select from items where record_id = old.id) then
    raise foreign_key_violation using
      message = 'update or delete on table "records" violates foreign key constraint "items_record_id_fkey" on table "items"',
      detail = format('Key (id)=(%s) is still referenced from table "items".', old.id),
      constraint = 'items_record_id_fkey',
      table = 'items',
      schema = 'public';
  end if;
  return null;
end
$$;

create trigger records_removed_keep_items after delete on records
  for each row execute function records_referenced_keep_items();
create trigger records_renumbered_keep_items after update of id on records
  for each row when (old.id is distinct from new.id) execute function records_referenced_keep_items();
