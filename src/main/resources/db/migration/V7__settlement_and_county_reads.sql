-- The county report reads the snapshots changed since the month began: with (entity, changed_at)
-- it reads only those, not every snapshot of the entity a hub has ever received.
CREATE INDEX sync_replica_entity_changed ON sync_replica (entity, changed_at);

-- A snapshot is the outbox payload of a station's record (VARCHAR(1000000) there). As a CLOB H2
-- kept it out of line, and reading a month of them for the county report cost more than the report.
ALTER TABLE sync_replica ALTER COLUMN payload SET DATA TYPE VARCHAR(1000000);

-- The month-end settlement reads every producer's candidates at once. EXPLAIN shows each of its
-- three reads starting from a date index (goods_sale_date, lot_day_seq_unique, goods_loss_date)
-- and its NOT EXISTS probing the unique indexes of settlement_line (sale_line_id, purchase_lot_id,
-- loss_id): no index to add. An index leading with lot.terms made H2 scan every consignment lot.
