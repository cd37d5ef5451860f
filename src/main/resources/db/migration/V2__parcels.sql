-- SkyRoad Station schema, version 2: the parcel desk. Incoming parcels with their events,
-- counter handovers, village runs, returns to carriers, and parcels villagers send out.
-- Times are UTC; received_date is the station's local day of check-in (what a carrier's
-- manifest and the daily reconciliation count by). Money is whole fen (BIGINT).

CREATE TABLE parcel_handover (
    id                UUID          PRIMARY KEY,
    at                TIMESTAMP WITH TIME ZONE NOT NULL,
    staff_id          UUID,
    staff_name        VARCHAR(100)  NOT NULL,
    collector_id      UUID          REFERENCES villager (id),
    proxy_name        VARCHAR(200),
    parcel_count      INT           NOT NULL,
    cod_total_fen     BIGINT        NOT NULL,
    storage_fee_fen   BIGINT        NOT NULL,
    signature_png     VARBINARY(524288),
    signature_svg     CLOB,
    version           BIGINT        NOT NULL
);
CREATE INDEX parcel_handover_at ON parcel_handover (at);

CREATE TABLE parcel_run (
    id          UUID          PRIMARY KEY,
    village_id  UUID          REFERENCES village (id),
    route       VARCHAR(200),
    run_date    DATE          NOT NULL,
    status      VARCHAR(8)    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    version     BIGINT        NOT NULL,
    CONSTRAINT parcel_run_status_check CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX parcel_run_date ON parcel_run (run_date);

CREATE TABLE parcel_return (
    id          UUID          PRIMARY KEY,
    carrier     VARCHAR(16)   NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    staff_name  VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE parcel (
    id                  UUID          PRIMARY KEY,
    tracking_number     VARCHAR(40)   NOT NULL,
    carrier             VARCHAR(16)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    recipient_id        UUID,
    label_name          VARCHAR(200),
    label_phone         VARCHAR(16),
    phone_tail          CHAR(4),
    village_id          UUID,
    slot                VARCHAR(16)   NOT NULL,
    pickup_code         VARCHAR(8)    NOT NULL,
    fragile             BOOLEAN       NOT NULL,
    perishable          BOOLEAN       NOT NULL,
    large               BOOLEAN       NOT NULL,
    signature_required  BOOLEAN       NOT NULL,
    cod_fen             BIGINT,
    damaged             BOOLEAN       NOT NULL,
    damage_note         VARCHAR(1000),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    received_date       DATE          NOT NULL,
    received_by         VARCHAR(100)  NOT NULL,
    notified_at         TIMESTAMP WITH TIME ZONE,
    reminded_at         TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    handover_id         UUID,
    run_id              UUID,
    return_id           UUID,
    collected_by        VARCHAR(200),
    cod_collected_fen   BIGINT,
    storage_fee_fen     BIGINT,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    -- The pickup code and the tracking number of a parcel still at the station (waiting or out
    -- on a run) are unique; a closed parcel gives both back. H2 has no partial index, so these
    -- columns hold the value only while the parcel is open (NULLs never clash).
    open_code           VARCHAR(8)  GENERATED ALWAYS AS
                            (CASE WHEN status IN ('WAITING', 'OUT_ON_RUN') THEN pickup_code END),
    open_tracking       VARCHAR(40) GENERATED ALWAYS AS
                            (CASE WHEN status IN ('WAITING', 'OUT_ON_RUN') THEN tracking_number END),
    CONSTRAINT parcel_open_code_unique UNIQUE (open_code),
    CONSTRAINT parcel_open_tracking_unique UNIQUE (open_tracking),
    CONSTRAINT parcel_status_check CHECK (status IN ('WAITING', 'OUT_ON_RUN', 'PICKED_UP', 'DELIVERED', 'RETURNED')),
    CONSTRAINT parcel_cod_check CHECK (cod_fen IS NULL OR cod_fen > 0)
);
CREATE INDEX parcel_tracking      ON parcel (tracking_number);
CREATE INDEX parcel_status_slot   ON parcel (status, slot);
CREATE INDEX parcel_phone_tail    ON parcel (phone_tail, status);
CREATE INDEX parcel_recipient     ON parcel (recipient_id, status);
CREATE INDEX parcel_village       ON parcel (village_id, status);
CREATE INDEX parcel_received_date ON parcel (received_date, carrier);
CREATE INDEX parcel_status_date   ON parcel (status, received_date);
CREATE INDEX parcel_handover_ref  ON parcel (handover_id);
CREATE INDEX parcel_run_ref       ON parcel (run_id);
CREATE INDEX parcel_return_ref    ON parcel (return_id);
-- Foreign keys are added after the indexes so H2 uses them instead of creating one more
-- index per key: every index costs time at each check-in.
ALTER TABLE parcel ADD CONSTRAINT parcel_recipient_fk FOREIGN KEY (recipient_id) REFERENCES villager (id);
ALTER TABLE parcel ADD CONSTRAINT parcel_village_fk FOREIGN KEY (village_id) REFERENCES village (id);
ALTER TABLE parcel ADD CONSTRAINT parcel_handover_fk FOREIGN KEY (handover_id) REFERENCES parcel_handover (id);
ALTER TABLE parcel ADD CONSTRAINT parcel_run_fk FOREIGN KEY (run_id) REFERENCES parcel_run (id);
ALTER TABLE parcel ADD CONSTRAINT parcel_return_fk FOREIGN KEY (return_id) REFERENCES parcel_return (id);

-- Every step of a parcel's life with who and when. Append-only. seq orders the steps of one
-- transaction, which share the same time.
CREATE TABLE parcel_event (
    id           UUID          PRIMARY KEY,
    seq          BIGINT        GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    parcel_id    UUID          NOT NULL,
    event_type   VARCHAR(24)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     UUID,
    actor_name   VARCHAR(100)  NOT NULL,
    run_id       UUID,
    handover_id  UUID,
    detail       VARCHAR(1000)
);
CREATE INDEX parcel_event_parcel ON parcel_event (parcel_id, at);
CREATE INDEX parcel_event_at     ON parcel_event (at);
ALTER TABLE parcel_event ADD CONSTRAINT parcel_event_parcel_fk FOREIGN KEY (parcel_id) REFERENCES parcel (id);

CREATE TABLE parcel_run_item (
    run_id       UUID          NOT NULL REFERENCES parcel_run (id),
    parcel_id    UUID          NOT NULL,
    outcome      VARCHAR(16),
    received_by  VARCHAR(200),
    note         VARCHAR(1000),
    outcome_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, parcel_id),
    CONSTRAINT parcel_run_item_outcome_check CHECK (outcome IS NULL OR outcome IN ('DELIVERED', 'NOT_AT_HOME', 'REFUSED'))
);
CREATE INDEX parcel_run_item_parcel ON parcel_run_item (parcel_id);

-- Parcels villagers send out through the station (寄件).
CREATE TABLE parcel_dropoff (
    id                 UUID          PRIMARY KEY,
    sender_id          UUID          REFERENCES villager (id),
    recipient_name     VARCHAR(200)  NOT NULL,
    recipient_phone    VARCHAR(16),
    recipient_address  VARCHAR(600)  NOT NULL,
    carrier            VARCHAR(16)   NOT NULL,
    tracking_number    VARCHAR(40)   NOT NULL,
    fee_fen            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT parcel_dropoff_tracking_unique UNIQUE (carrier, tracking_number),
    CONSTRAINT parcel_dropoff_fee_check CHECK (fee_fen >= 0)
);
CREATE INDEX parcel_dropoff_sender ON parcel_dropoff (sender_id);
