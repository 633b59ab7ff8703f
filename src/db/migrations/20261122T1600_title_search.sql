-- The title's own text vector, weighted A like the title inside records.search (so a `titel:` query
-- matches it too). A relevance search ranks a window of the first matches the index gives; for a
-- common word those are in table order, which could leave the record titled with that word outside
-- the window. Matching the titles first through this index puts them in the window whatever their
-- place in the table.
create function catalogue_title_vector(title text, subtitle text)
returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('naober_dutch', coalesce(title, '') || ' ' || coalesce(subtitle, '')), 'A')
$$;

alter table records
  add column title_search tsvector generated always as (catalogue_title_vector(title, subtitle)) stored;
create index records_title_search_idx on records using gin (title_search) with (fastupdate = off);
