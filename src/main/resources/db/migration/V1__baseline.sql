-- SkyRoad Station schema, version 1: the station, staff, villages and villagers, and the
-- audit log and outbox that every change writes in the same transaction.
-- Times are UTC (TIMESTAMP WITH TIME ZONE written at offset +00:00). Ids are UUIDs made where
-- the record is born, so records of many stations never collide at the hub.

CREATE TABLE station (
    code        VARCHAR(16)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    hub_code    VARCHAR(16),
    zone_id     VARCHAR(64)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);

-- Local key/value settings of this installation (interface language, last sync time...).
CREATE TABLE setting (
    setting_key   VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);

CREATE TABLE staff (
    id              UUID         PRIMARY KEY,
    username        VARCHAR(32)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    active          BOOLEAN      NOT NULL,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT staff_username_unique UNIQUE (username),
    CONSTRAINT staff_role_check CHECK (role IN ('OPERATOR', 'MANAGER', 'ADMIN'))
);

CREATE TABLE village (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    name_key    VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT village_name_unique UNIQUE (name_key)
);

CREATE TABLE villager (
    id               UUID          PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    name_key         VARCHAR(200)  NOT NULL,  -- TextRules.searchKey(name): what names are found by
    phone            VARCHAR(16),
    phone_tail       VARCHAR(4),
    village_id       UUID          REFERENCES village (id),
    id_tail          VARCHAR(6),
    id_tail4         VARCHAR(4),     -- last four characters of id_tail: what a typed tail is looked up by
    household        VARCHAR(100),
    notes            VARCHAR(1000),
    consent_pickup   BOOLEAN       NOT NULL,
    consent_delivery BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX villager_name_key   ON villager (name_key);
CREATE INDEX villager_phone      ON villager (phone);
CREATE INDEX villager_phone_tail ON villager (phone_tail);
CREATE INDEX villager_id_tail4   ON villager (id_tail4);
CREATE INDEX villager_village    ON villager (village_id, name_key);  -- a village's villagers, already sorted

-- Who did what, when, with the record before and after. Append-only. JSON is kept in
-- VARCHAR, not CLOB: H2 stores small CLOBs out of line, which made the file ten times larger.
CREATE TABLE audit_log (
    id          UUID          PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    UUID,
    actor_name  VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    entity      VARCHAR(32)   NOT NULL,
    entity_key  VARCHAR(64)   NOT NULL,
    before_json VARCHAR(1000000),
    after_json  VARCHAR(1000000)
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_key);

-- Changes waiting to travel to the hub, in the order they were committed. seq is gapless per
-- station: it comes from outbox_counter, which is updated in the writing transaction, so a
-- rolled-back transaction gives its number back. Append-only; acknowledged rows are marked,
-- never deleted.
CREATE TABLE outbox (
    seq             BIGINT       PRIMARY KEY,
    station_code    VARCHAR(16)  NOT NULL,
    txn_id          UUID         NOT NULL,
    entity          VARCHAR(32)  NOT NULL,
    entity_id       UUID         NOT NULL,
    entity_version  BIGINT       NOT NULL,
    operation       VARCHAR(8)   NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_operation_check CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE'))
);
CREATE INDEX outbox_pending ON outbox (acknowledged_at, seq);

CREATE TABLE outbox_counter (
    id       INT    PRIMARY KEY,
    next_seq BIGINT NOT NULL
);
INSERT INTO outbox_counter (id, next_seq) VALUES (1, 1);
