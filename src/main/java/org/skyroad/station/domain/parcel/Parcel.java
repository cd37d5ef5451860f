package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;

/**
 * An incoming parcel, from check-in until it is picked up, delivered on a run or returned to
 * its carrier. {@code recipientId} is null while the parcel is unmatched (on the list to sort).
 * {@code labelName} and {@code labelPhone} are what the label says; {@code phoneTail} is the
 * tail villagers give at the counter (of the label phone, else of the recipient's phone).
 * {@code receivedDate} is the station's local day of check-in, what reconciliation counts by.
 */
public record Parcel(UUID id, TrackingNumber tracking, Carrier carrier, ParcelStatus status,
                     UUID recipientId, String labelName, String labelPhone, String phoneTail, UUID villageId,
                     String slot, PickupCode pickupCode, ParcelTags tags,
                     Instant receivedAt, LocalDate receivedDate, String receivedBy,
                     Instant notifiedAt, Instant remindedAt, Instant closedAt,
                     UUID handoverId, UUID runId, UUID returnId, String collectedBy,
                     Money codCollected, Money storageFee, Instant updatedAt, long version) {

    public static final int LABEL_NAME_MAX = 60;

    public Parcel {
        if (id == null || tracking == null || carrier == null || status == null || slot == null
                || pickupCode == null || tags == null || receivedAt == null || receivedDate == null) {
            throw new IllegalArgumentException("parcel is missing a required field");
        }
        if (carrier == Carrier.UNKNOWN) {
            throw new IllegalArgumentException("a parcel's carrier must be known");
        }
        labelName = TextRules.clean(labelName);
        labelName = labelName == null || labelName.isEmpty() ? null : labelName;
    }

    public boolean isMatched() {
        return recipientId != null;
    }

    public boolean isWaiting() {
        return status == ParcelStatus.WAITING;
    }

    /** The next version of this parcel: the builder for every state change. */
    public Changer change(Instant now) {
        return new Changer(this, now);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("trackingNumber", tracking.value());
        m.put("carrier", carrier.name());
        m.put("status", status.name());
        m.put("recipientId", recipientId == null ? null : recipientId.toString());
        m.put("labelName", labelName);
        m.put("labelPhone", labelPhone);
        m.put("villageId", villageId == null ? null : villageId.toString());
        m.put("slot", slot);
        m.put("pickupCode", pickupCode.value());
        m.put("fragile", tags.fragile());
        m.put("perishable", tags.perishable());
        m.put("large", tags.large());
        m.put("signatureRequired", tags.signatureRequired());
        m.put("codFen", tags.cashOnDelivery() == null ? null : tags.cashOnDelivery().fen());
        m.put("damaged", tags.damaged());
        m.put("damageNote", tags.damageNote());
        m.put("receivedAt", receivedAt.toString());
        m.put("receivedDate", receivedDate.toString());
        m.put("receivedBy", receivedBy);
        m.put("notifiedAt", notifiedAt == null ? null : notifiedAt.toString());
        m.put("remindedAt", remindedAt == null ? null : remindedAt.toString());
        m.put("closedAt", closedAt == null ? null : closedAt.toString());
        m.put("handoverId", handoverId == null ? null : handoverId.toString());
        m.put("runId", runId == null ? null : runId.toString());
        m.put("returnId", returnId == null ? null : returnId.toString());
        m.put("collectedBy", collectedBy);
        m.put("codCollectedFen", codCollected == null ? null : codCollected.fen());
        m.put("storageFeeFen", storageFee == null ? null : storageFee.fen());
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }

    /** Builds the next version of a parcel one field at a time; {@link #done()} bumps the version. */
    public static final class Changer {
        private final Parcel p;
        private final Instant now;
        private ParcelStatus status;
        private UUID recipientId;
        private String phoneTail;
        private UUID villageId;
        private Instant notifiedAt;
        private Instant remindedAt;
        private Instant closedAt;
        private UUID handoverId;
        private UUID runId;
        private UUID returnId;
        private String collectedBy;
        private Money codCollected;
        private Money storageFee;

        private Changer(Parcel p, Instant now) {
            this.p = p;
            this.now = now;
            status = p.status;
            recipientId = p.recipientId;
            phoneTail = p.phoneTail;
            villageId = p.villageId;
            notifiedAt = p.notifiedAt;
            remindedAt = p.remindedAt;
            closedAt = p.closedAt;
            handoverId = p.handoverId;
            runId = p.runId;
            returnId = p.returnId;
            collectedBy = p.collectedBy;
            codCollected = p.codCollected;
            storageFee = p.storageFee;
        }

        public Changer status(ParcelStatus s) {
            status = s;
            closedAt = s.isOpen() ? null : now;
            return this;
        }

        public Changer recipient(UUID villager, UUID village, String tail) {
            recipientId = villager;
            villageId = village;
            phoneTail = tail;
            return this;
        }

        public Changer notified() {
            notifiedAt = now;
            return this;
        }

        public Changer reminded() {
            remindedAt = now;
            return this;
        }

        public Changer handover(UUID id, String collector, Money cod, Money fee) {
            handoverId = id;
            collectedBy = collector;
            codCollected = cod;
            storageFee = fee;
            return this;
        }

        public Changer run(UUID id) {
            runId = id;
            return this;
        }

        public Changer deliveredTo(String who, Money cod) {
            collectedBy = who;
            codCollected = cod;
            return this;
        }

        public Changer returned(UUID id) {
            returnId = id;
            return this;
        }

        public Parcel done() {
            return new Parcel(p.id, p.tracking, p.carrier, status, recipientId, p.labelName, p.labelPhone,
                    phoneTail, villageId, p.slot, p.pickupCode, p.tags, p.receivedAt, p.receivedDate,
                    p.receivedBy, notifiedAt, remindedAt, closedAt, handoverId, runId, returnId, collectedBy,
                    codCollected, storageFee, now, p.version + 1);
        }
    }
}
