-- SkyRoad Station schema, version 6: what a station keeps of the records its county hub owns
-- (docs/sync-batch-format.md, "Field owners"). Times are UTC.

-- The hub's version of every hub-owned record, as last applied here (at a station) or as last
-- queued (at the hub). A return-batch update with the same or an older version is stale.
CREATE TABLE sync_hub_version (
    entity      VARCHAR(32)  NOT NULL,
    entity_id   UUID         NOT NULL,
    version     BIGINT       NOT NULL,
    hub_code    VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity, entity_id)
);

-- Parcels the hub announced before they arrive (an order shipped to the station, a county
-- delivery). A later check-in with the same tracking number takes the recipient from here and
-- marks it arrived.
CREATE TABLE expected_parcel (
    id               UUID          PRIMARY KEY,
    tracking_number  VARCHAR(40)   NOT NULL,
    carrier          VARCHAR(16),
    recipient_name   VARCHAR(100),
    recipient_phone  VARCHAR(20),
    order_no         VARCHAR(32),
    expected_date    DATE,
    note             VARCHAR(500),
    cancelled        BOOLEAN       NOT NULL,
    parcel_id        UUID,
    arrived_at       TIMESTAMP WITH TIME ZONE,
    hub_code         VARCHAR(16)   NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX expected_parcel_tracking ON expected_parcel (tracking_number, parcel_id);

-- The hub's confirmation of a producer settlement (the county accounts checked the statement).
CREATE TABLE settlement_confirmation (
    settlement_id      UUID          PRIMARY KEY REFERENCES settlement (id),
    confirmed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_due_fen  BIGINT        NOT NULL,
    reference          VARCHAR(100),
    note               VARCHAR(500),
    hub_code           VARCHAR(16)   NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
