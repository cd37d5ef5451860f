-- SkyRoad Station schema, version 5: sync batches between stations and the county hub.
-- The protocol and the batch file format are described in docs/sync-batch-format.md; the
-- crypto choices in docs/decisions/0005-sync-crypto.md. Times are UTC.

-- This installation's own key pairs, made once (SyncKeys.ensureKeys). Public keys as X.509
-- DER, private keys as PKCS#8 DER. The private keys never leave this database: an enrolment
-- file carries only the public ones.
CREATE TABLE sync_key (
    purpose      VARCHAR(8)      PRIMARY KEY,   -- SIGN (Ed25519) or ENCRYPT (X25519)
    algorithm    VARCHAR(16)     NOT NULL,
    public_key   VARBINARY(1024) NOT NULL,
    private_key  VARBINARY(1024) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sync_key_purpose_check CHECK (purpose IN ('SIGN', 'ENCRYPT'))
);

-- The other ends this installation exchanges batches with: at a hub, its enrolled stations;
-- at a station, the hub it trusts. One row per peer, with where each direction stands:
--   in_seq / in_hash        the last batch from the peer that was applied here, and its SHA-256
--   in_record_seq           the peer's highest record sequence applied here (what we acknowledge)
--   out_seq / out_hash      the last batch made here for the peer, and its SHA-256
--   out_ack_sent            the acknowledgement carried by that batch
--   peer_ack                our highest record sequence the peer has acknowledged
--   peer_ack_batch          our last batch the peer has applied
CREATE TABLE sync_peer (
    station_code        VARCHAR(16)     PRIMARY KEY,
    peer_role           VARCHAR(8)      NOT NULL,   -- STATION (enrolled at this hub) or HUB (trusted by this station)
    name                VARCHAR(200),
    level               VARCHAR(16)     NOT NULL,
    hub_code            VARCHAR(16),
    sign_public_key     VARBINARY(1024) NOT NULL,
    encrypt_public_key  VARBINARY(1024) NOT NULL,
    fingerprint         VARCHAR(32)     NOT NULL,
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolled_by         VARCHAR(64)     NOT NULL,
    in_seq              BIGINT          NOT NULL DEFAULT 0,
    in_hash             VARCHAR(64),
    in_record_seq       BIGINT          NOT NULL DEFAULT 0,
    last_in_at          TIMESTAMP WITH TIME ZONE,
    out_seq             BIGINT          NOT NULL DEFAULT 0,
    out_hash            VARCHAR(64),
    out_ack_sent        BIGINT          NOT NULL DEFAULT 0,
    last_out_at         TIMESTAMP WITH TIME ZONE,
    peer_ack            BIGINT          NOT NULL DEFAULT 0,
    peer_ack_batch      BIGINT          NOT NULL DEFAULT 0,
    version             BIGINT          NOT NULL,
    CONSTRAINT sync_peer_role_check CHECK (peer_role IN ('STATION', 'HUB'))
);

-- Every batch made here or brought here, with its state and, when refused, why.
--   OUT: WRITTEN (made, on a stick or waiting to upload), UPLOADED (the hub has it),
--        ACKNOWLEDGED (the hub applied it)
--   IN:  APPLIED, HELD (verified, waiting for a missing earlier batch), REFUSED (reason_key)
CREATE TABLE sync_batch (
    id                UUID          PRIMARY KEY,
    direction         VARCHAR(3)    NOT NULL,
    kind              VARCHAR(8),
    from_code         VARCHAR(16),
    to_code           VARCHAR(16),
    seq               BIGINT,
    batch_id          UUID,                         -- the id inside the manifest
    file_sha256       VARCHAR(64),
    prev_sha256       VARCHAR(64),
    file_name         VARCHAR(300),
    byte_size         BIGINT        NOT NULL DEFAULT 0,
    record_count      BIGINT        NOT NULL DEFAULT 0,
    first_record_seq  BIGINT,
    last_record_seq   BIGINT,
    ack_record_seq    BIGINT,
    applied_count     BIGINT        NOT NULL DEFAULT 0,
    stale_count       BIGINT        NOT NULL DEFAULT 0,
    counts_json       VARCHAR(4000),
    state             VARCHAR(12)   NOT NULL,
    reason_key        VARCHAR(100),
    reason_args       VARCHAR(4000),                -- JSON array of the sentence's arguments
    created_at        TIMESTAMP WITH TIME ZONE,     -- from the manifest
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sync_batch_direction_check CHECK (direction IN ('OUT', 'IN')),
    CONSTRAINT sync_batch_state_check CHECK (state IN ('WRITTEN', 'UPLOADED', 'ACKNOWLEDGED', 'APPLIED', 'HELD', 'REFUSED'))
);
CREATE INDEX sync_batch_peer ON sync_batch (direction, from_code, to_code, seq);
CREATE INDEX sync_batch_hash ON sync_batch (file_sha256);
CREATE INDEX sync_batch_recorded ON sync_batch (recorded_at);

-- The bytes of batches still needed: outgoing ones not yet applied by the peer (for "sync
-- now" and for the hub's return downloads) and held incoming ones.
CREATE TABLE sync_batch_file (
    batch_row_id  UUID  PRIMARY KEY REFERENCES sync_batch (id),
    content       BLOB  NOT NULL
);

-- At the hub: the latest state of every record of every station, kept apart by station.
-- The county reports read this. payload is the station's snapshot (JSON) of the record.
CREATE TABLE sync_replica (
    station_code  VARCHAR(16)  NOT NULL,
    entity        VARCHAR(32)  NOT NULL,
    entity_id     UUID         NOT NULL,
    version       BIGINT       NOT NULL,
    deleted       BOOLEAN      NOT NULL,
    payload       CLOB         NOT NULL,
    record_seq    BIGINT       NOT NULL,
    txn_id        UUID,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,   -- when the station made the change
    batch_row_id  UUID         NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (station_code, entity, entity_id)
);
CREATE INDEX sync_replica_entity ON sync_replica (entity, station_code);

-- At the hub: updates owned by the hub (catalog, prices, platform order data, expected
-- parcels, confirmations) waiting to travel to one station in its return batches. seq is
-- gapless per station (taken under the station's sync_peer row lock).
CREATE TABLE sync_return_queue (
    station_code     VARCHAR(16)  NOT NULL,
    seq              BIGINT       NOT NULL,
    txn_id           UUID         NOT NULL,
    entity           VARCHAR(32)  NOT NULL,
    entity_id        UUID         NOT NULL,
    entity_version   BIGINT       NOT NULL,
    operation        VARCHAR(8)   NOT NULL,
    payload          CLOB         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (station_code, seq),
    CONSTRAINT sync_return_queue_operation_check CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE'))
);
CREATE INDEX sync_return_queue_pending ON sync_return_queue (station_code, acknowledged_at, seq);

-- Records a batch carried that were not applied because the receiver already held the same
-- or a newer version: reported, never silently dropped.
CREATE TABLE sync_stale (
    id                UUID         PRIMARY KEY,
    batch_row_id      UUID         NOT NULL,
    from_code         VARCHAR(16)  NOT NULL,
    entity            VARCHAR(32)  NOT NULL,
    entity_id         UUID         NOT NULL,
    incoming_version  BIGINT       NOT NULL,
    stored_version    BIGINT       NOT NULL,
    record_seq        BIGINT       NOT NULL,
    at                TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sync_stale_batch ON sync_stale (batch_row_id);
