-- The importer looks every batch's ISBNs up in records_isbns_idx. With GIN's fast update on, new
-- entries wait in a pending list that every lookup reads in full: during an import that list is
-- full, and a batch's lookup took 75 ms instead of 3 ms (20,000 records). An ISBN is one or two
-- entries a record, cheap to put in the index at once.
alter index records_isbns_idx set (fastupdate = off);
select gin_clean_pending_list('records_isbns_idx'::regclass);
