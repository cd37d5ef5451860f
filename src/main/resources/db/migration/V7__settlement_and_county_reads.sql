-- The county report reads the snapshots changed since the month began: with (entity, changed_at)
-- it reads only those, not every snapshot of the entity a hub has ever received.
CREATE INDEX sync_replica_entity_changed ON sync_replica (entity, changed_at);

-- A snapshot is the outbox payload of a station's record (VARCHAR(1000000) there). As a CLOB H2
-- kept it out of line, and reading a month of them for the county report cost more than the report.
ALTER TABLE sync_replica ALTER COLUMN payload SET DATA TYPE VARCHAR(1000000);

-- The month-end settlement reads every producer's candidates at once, filtered by date:
-- outright purchases by the lot's date (sales and losses have their date indexes already;
-- settlement_line's unique constraints index sale_line_id, purchase_lot_id and loss_id).
CREATE INDEX lot_terms_date ON lot (terms, origin, lot_date);
