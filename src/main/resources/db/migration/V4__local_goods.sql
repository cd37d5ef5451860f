-- SkyRoad Station schema, version 4: local goods going out (代卖). Producers, the product
-- catalog with grades, lots with their lot codes and repack links, sales with their lines,
-- shipments and the buyer's receipt, losses, and producer settlements.
-- Times are UTC; *_date columns are the station's local day (what a settlement period and a
-- lot code count by). Money is whole fen (BIGINT *_fen). Quantities are whole base units
-- (BIGINT): grams for goods sold by the kg, pieces or jars otherwise.

CREATE TABLE producer (
    id              UUID          PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    name_key        VARCHAR(200)  NOT NULL,  -- TextRules.searchKey(name)
    kind            VARCHAR(16)   NOT NULL,
    village_id      UUID          REFERENCES village (id),
    phone           VARCHAR(16),
    phone_tail      CHAR(4),
    payout_method   VARCHAR(16)   NOT NULL,
    payout_account  VARCHAR(100),
    cooperative_id  UUID          REFERENCES producer (id),
    notes           VARCHAR(1000),
    active          BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT producer_kind_check CHECK (kind IN ('HERDER', 'FARMER', 'COOPERATIVE', 'OTHER')),
    CONSTRAINT producer_payout_check CHECK (payout_method IN ('CASH', 'BANK_TRANSFER', 'MOBILE_PAYMENT'))
);
CREATE INDEX producer_name_key   ON producer (name_key);
CREATE INDEX producer_phone_tail ON producer (phone_tail);
CREATE INDEX producer_village    ON producer (village_id);

CREATE TABLE goods_product (
    id                UUID          PRIMARY KEY,
    code              VARCHAR(24)   NOT NULL,
    name_zh           VARCHAR(200),
    name_bo           VARCHAR(200),
    name_en           VARCHAR(200),
    category          VARCHAR(16)   NOT NULL,
    unit              VARCHAR(8)    NOT NULL,
    perishable        BOOLEAN       NOT NULL,
    shelf_life_days   INT,
    cold_chain        BOOLEAN       NOT NULL,
    commission_kind   VARCHAR(16)   NOT NULL,
    commission_value  BIGINT        NOT NULL,  -- basis points (PERCENT) or fen per unit (PER_UNIT)
    active            BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT goods_product_code_unique UNIQUE (code),
    CONSTRAINT goods_product_category_check CHECK (category IN ('LIVESTOCK', 'SPECIALTY', 'FARM')),
    CONSTRAINT goods_product_unit_check CHECK (unit IN ('KG', 'PIECE', 'JAR')),
    CONSTRAINT goods_product_commission_check CHECK (commission_kind IN ('PERCENT', 'PER_UNIT') AND commission_value >= 0)
);

-- A product's grades with their written standard (e.g. cashmere fibre length and fineness).
CREATE TABLE goods_grade (
    product_id  UUID          NOT NULL REFERENCES goods_product (id),
    code        VARCHAR(40)   NOT NULL,
    standard    VARCHAR(1000),
    sort_order  INT           NOT NULL,
    PRIMARY KEY (product_id, code)
);

-- The row intake, split and merge lock while they take the next lot sequence of the day.
CREATE TABLE goods_counter (
    id  INT     PRIMARY KEY,
    n   BIGINT  NOT NULL
);
INSERT INTO goods_counter (id, n) VALUES (1, 0);

CREATE TABLE lot (
    id                UUID          PRIMARY KEY,
    code              VARCHAR(32)   NOT NULL,
    lot_date          DATE          NOT NULL,
    seq               INT           NOT NULL,
    product_id        UUID          NOT NULL REFERENCES goods_product (id),
    producer_id       UUID          NOT NULL REFERENCES producer (id),
    grade             VARCHAR(40),
    unit              VARCHAR(8)    NOT NULL,
    quantity_in       BIGINT        NOT NULL,
    quantity_on_hand  BIGINT        NOT NULL,
    weight_grams      BIGINT,
    produced_on       DATE          NOT NULL,
    best_before       DATE,
    terms             VARCHAR(16)   NOT NULL,
    unit_price_fen    BIGINT        NOT NULL,
    origin            VARCHAR(8)    NOT NULL,
    note              VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT lot_code_unique UNIQUE (code),
    CONSTRAINT lot_day_seq_unique UNIQUE (lot_date, seq),
    -- Stock never goes negative, whatever a service gets wrong.
    CONSTRAINT lot_stock_check CHECK (quantity_on_hand >= 0 AND quantity_on_hand <= quantity_in AND quantity_in > 0),
    CONSTRAINT lot_price_check CHECK (unit_price_fen >= 0),
    CONSTRAINT lot_terms_check CHECK (terms IN ('CONSIGNMENT', 'OUTRIGHT')),
    CONSTRAINT lot_origin_check CHECK (origin IN ('INTAKE', 'SPLIT', 'MERGE'))
);
CREATE INDEX lot_producer    ON lot (producer_id, lot_date);
CREATE INDEX lot_product     ON lot (product_id);
CREATE INDEX lot_best_before ON lot (best_before);
CREATE INDEX lot_in_stock    ON lot (quantity_on_hand);

-- Repacking: a split child has one parent, a merged lot several. quantity is what came from the parent.
CREATE TABLE lot_parent (
    child_id   UUID    NOT NULL REFERENCES lot (id),
    parent_id  UUID    NOT NULL REFERENCES lot (id),
    quantity   BIGINT  NOT NULL,
    PRIMARY KEY (child_id, parent_id),
    CONSTRAINT lot_parent_quantity_check CHECK (quantity > 0)
);
CREATE INDEX lot_parent_parent ON lot_parent (parent_id);

CREATE TABLE goods_sale (
    id              UUID          PRIMARY KEY,
    sold_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sold_date       DATE          NOT NULL,
    buyer_kind      VARCHAR(16)   NOT NULL,
    buyer_name      VARCHAR(200)  NOT NULL,
    buyer_reference VARCHAR(100),
    campaign_tag    VARCHAR(100),
    note            VARCHAR(1000),
    total_fen       BIGINT        NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT goods_sale_buyer_check CHECK (buyer_kind IN ('PLATFORM_ORDER', 'WHOLESALER', 'COUNTY_CENTER', 'LIVESTREAM', 'OTHER'))
);
CREATE INDEX goods_sale_date ON goods_sale (sold_date);

CREATE TABLE goods_sale_line (
    id                UUID     PRIMARY KEY,
    sale_id           UUID     NOT NULL REFERENCES goods_sale (id),
    lot_id            UUID     NOT NULL REFERENCES lot (id),
    quantity          BIGINT   NOT NULL,
    unit_price_fen    BIGINT   NOT NULL,
    amount_fen        BIGINT   NOT NULL,
    shipped_quantity  BIGINT   NOT NULL,
    version           BIGINT   NOT NULL,
    CONSTRAINT goods_sale_line_check CHECK (quantity > 0 AND shipped_quantity >= 0 AND shipped_quantity <= quantity
        AND unit_price_fen >= 0 AND amount_fen >= 0)
);
CREATE INDEX goods_sale_line_sale ON goods_sale_line (sale_id);
CREATE INDEX goods_sale_line_lot  ON goods_sale_line (lot_id);

CREATE TABLE goods_shipment (
    id               UUID          PRIMARY KEY,
    sale_id          UUID          NOT NULL REFERENCES goods_sale (id),
    carrier          VARCHAR(64)   NOT NULL,
    tracking_number  VARCHAR(40)   NOT NULL,
    shipped_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE,
    receipt_source   VARCHAR(8),
    receipt_note     VARCHAR(1000),
    version          BIGINT        NOT NULL,
    CONSTRAINT goods_shipment_receipt_check CHECK (receipt_source IS NULL OR receipt_source IN ('TYPED', 'HUB'))
);
CREATE INDEX goods_shipment_sale     ON goods_shipment (sale_id);
CREATE INDEX goods_shipment_tracking ON goods_shipment (tracking_number);

CREATE TABLE goods_shipment_line (
    id            UUID    PRIMARY KEY,
    shipment_id   UUID    NOT NULL REFERENCES goods_shipment (id),
    sale_line_id  UUID    NOT NULL REFERENCES goods_sale_line (id),
    lot_id        UUID    NOT NULL REFERENCES lot (id),
    quantity      BIGINT  NOT NULL,
    CONSTRAINT goods_shipment_line_check CHECK (quantity > 0)
);
CREATE INDEX goods_shipment_line_shipment ON goods_shipment_line (shipment_id);
CREATE INDEX goods_shipment_line_lot      ON goods_shipment_line (lot_id);

CREATE TABLE goods_loss (
    id           UUID          PRIMARY KEY,
    lot_id       UUID          NOT NULL REFERENCES lot (id),
    shipment_id  UUID          REFERENCES goods_shipment (id),
    quantity     BIGINT        NOT NULL,
    reason       VARCHAR(16)   NOT NULL,
    bearer       VARCHAR(16)   NOT NULL,
    amount_fen   BIGINT        NOT NULL,
    note         VARCHAR(1000),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    loss_date    DATE          NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT goods_loss_check CHECK (quantity > 0 AND amount_fen >= 0),
    CONSTRAINT goods_loss_reason_check CHECK (reason IN ('SPOILED', 'BROKEN', 'LOST_IN_TRANSIT', 'OTHER')),
    CONSTRAINT goods_loss_bearer_check CHECK (bearer IN ('PRODUCER', 'STATION', 'CARRIER', 'BUYER'))
);
CREATE INDEX goods_loss_lot  ON goods_loss (lot_id);
CREATE INDEX goods_loss_date ON goods_loss (loss_date);

CREATE TABLE settlement (
    id                UUID          PRIMARY KEY,
    producer_id       UUID          NOT NULL REFERENCES producer (id),
    period_from       DATE          NOT NULL,
    period_to         DATE          NOT NULL,
    sales_fen         BIGINT        NOT NULL,
    commission_fen    BIGINT        NOT NULL,
    deductions_fen    BIGINT        NOT NULL,
    purchases_fen     BIGINT        NOT NULL,
    due_fen           BIGINT        NOT NULL,
    status            VARCHAR(8)    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    paid_at           TIMESTAMP WITH TIME ZONE,
    payout_method     VARCHAR(16),
    payout_reference  VARCHAR(100),
    paid_by           VARCHAR(100),
    version           BIGINT        NOT NULL,
    CONSTRAINT settlement_status_check CHECK (status IN ('OPEN', 'PAID')),
    CONSTRAINT settlement_due_check CHECK (due_fen >= 0)
);
CREATE INDEX settlement_producer ON settlement (producer_id, period_from);

-- What one settlement pays for. A sold line, an outright purchase and a loss each belong to at
-- most one settlement: the unique constraints make paying twice impossible, even for two
-- managers settling the same producer at the same moment.
CREATE TABLE settlement_line (
    id               UUID          PRIMARY KEY,
    settlement_id    UUID          NOT NULL REFERENCES settlement (id),
    kind             VARCHAR(8)    NOT NULL,
    sale_line_id     UUID          REFERENCES goods_sale_line (id),
    purchase_lot_id  UUID          REFERENCES lot (id),
    loss_id          UUID          REFERENCES goods_loss (id),
    lot_id           UUID          NOT NULL REFERENCES lot (id),
    line_date        DATE          NOT NULL,
    quantity         BIGINT        NOT NULL,
    amount_fen       BIGINT        NOT NULL,
    commission_fen   BIGINT        NOT NULL,
    CONSTRAINT settlement_line_sale_unique UNIQUE (sale_line_id),
    CONSTRAINT settlement_line_purchase_unique UNIQUE (purchase_lot_id),
    CONSTRAINT settlement_line_loss_unique UNIQUE (loss_id),
    CONSTRAINT settlement_line_kind_check CHECK (
        (kind = 'SALE' AND sale_line_id IS NOT NULL AND purchase_lot_id IS NULL AND loss_id IS NULL)
        OR (kind = 'PURCHASE' AND purchase_lot_id IS NOT NULL AND sale_line_id IS NULL AND loss_id IS NULL)
        OR (kind = 'LOSS' AND loss_id IS NOT NULL AND sale_line_id IS NULL AND purchase_lot_id IS NULL))
);
CREATE INDEX settlement_line_settlement ON settlement_line (settlement_id);
CREATE INDEX settlement_line_lot        ON settlement_line (lot_id);
