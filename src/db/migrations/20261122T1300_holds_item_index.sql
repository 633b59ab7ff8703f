-- A returned copy looks for item-level holds on itself (opportunistic capture). Without an index on
-- item_id that look-up read every hold of the province on every check-in.
create index holds_item_active_idx on holds (item_id) where level = 'item' and status in ('waiting', 'targeted');
