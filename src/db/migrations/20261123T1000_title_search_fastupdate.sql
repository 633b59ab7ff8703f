-- The title index took every new record's title words one by one (fast update off): a quarter of
-- the time an import spends writing records. With fast update they gather in the index's pending
-- list and go in sorted, in bulk, as they already do for records_search_idx; the importer merges
-- both lists when it finishes (flushSearchIndex), so searches after an import read no long list.
alter index records_title_search_idx set (fastupdate = on);
