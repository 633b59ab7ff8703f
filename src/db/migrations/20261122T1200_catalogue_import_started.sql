-- An import job through the API says when it began running (queued → running → done/failed).
alter table catalogue_import_jobs add column started_at timestamptz;
