-- Search over the union catalogue: Dutch full text with accent folding, a word list for
-- "did you mean", music and other formats, and the MARC import jobs.

-- Dutch stemming on accent-folded words: "één" finds "een", "boeken" finds "boek".
create text search configuration naober_dutch (copy = pg_catalog.dutch);
alter text search configuration naober_dutch
  alter mapping for word, hword, hword_part, asciiword, asciihword, hword_asciipart with unaccent, dutch_stem;

-- Weights carry the field, so field search is a weight-restricted query (titel:hobbit → 'hobbit':A):
-- A title and subtitle, B authors, C subjects, D series.
create function catalogue_search_vector(title text, subtitle text, authors text[], subjects text[], series text)
returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('naober_dutch', coalesce(title, '') || ' ' || coalesce(subtitle, '')), 'A')
      || setweight(to_tsvector('naober_dutch', array_to_string(authors, ' ')), 'B')
      || setweight(to_tsvector('naober_dutch', array_to_string(subjects, ' ')), 'C')
      || setweight(to_tsvector('naober_dutch', coalesce(series, '')), 'D')
$$;

alter table records
  add column search tsvector generated always as (catalogue_search_vector(title, subtitle, authors, subjects, series)) stored;
create index records_search_idx on records using gin (search);
create index records_year_idx on records (year);

-- Music (CDs) and other material (maps, prints) come in with MARC imports of real catalogues.
alter table records drop constraint records_format_check;
alter table records add constraint records_format_check
  check (format in ('book', 'large_print', 'ebook', 'audiobook', 'dvd', 'magazine', 'game', 'music', 'other'));
alter table records add constraint records_online_url_check check (online_url is null or online_url ~ '^https?://');

-- Availability per record is counted from the available copies.
create index items_record_available_idx on items (record_id, current_location_id) where status = 'available';

-- Every word of the catalogue's titles, authors, series and subjects (lowercase, accents folded)
-- with the number of records it occurs in: the dictionary that "did you mean" corrects against.
create table catalogue_terms (
  term text primary key,
  records integer not null check (records >= 0)
);
create index catalogue_terms_trgm_idx on catalogue_terms using gin (term gin_trgm_ops);

create function catalogue_words(title text, subtitle text, authors text[], subjects text[], series text)
returns setof text language sql immutable parallel safe as $$
  select distinct word
  from regexp_split_to_table(
    lower(unaccent(concat_ws(' ', title, subtitle, array_to_string(authors, ' '), array_to_string(subjects, ' '), series))),
    '[^[:alnum:]]+'
  ) as word
  where length(word) between 3 and 40 and word !~ '^[0-9]+$'
$$;

-- MARC imports run in the background; the client polls the job for progress and the report.
create table catalogue_import_jobs (
  id integer generated always as identity primary key,
  file_name text not null,
  format text,
  items_field text check (items_field in ('952', '852')),
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'refused', 'failed')),
  bytes_total bigint not null default 0,
  bytes_read bigint not null default 0,
  records_read integer not null default 0,
  created integer not null default 0,
  updated integer not null default 0,
  skipped integer not null default 0,
  items_created integer not null default 0,
  items_updated integer not null default 0,
  problems jsonb not null default '[]',
  message text,
  created_by integer references staff_users (id),
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
