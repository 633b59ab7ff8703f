-- A tenth of the catalogue, the records whose id ends in 0, with text indexes of its own. A relevance
-- search ranks a window of the first matches the text index gives (search.repository.ts), but GIN
-- hands over every match of a word before the first one is read: for "oorlog" at a million records
-- a bitmap of 47,767 matches, built and sorted for a window of 200. A search reads its window from
-- the sample when the sample holds enough matches (a common word: then its bitmap is a tenth), and
-- from all records only when it does not.
create index records_search_sample_idx on records using gin (search) where id % 10 = 0;
create index records_title_search_sample_idx on records using gin (title_search) where id % 10 = 0;
