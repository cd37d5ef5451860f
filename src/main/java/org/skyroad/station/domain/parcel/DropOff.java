package org.skyroad.station.domain.parcel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;

/**
 * A parcel a villager sends out through the station (寄件): who to, the carrier that takes it,
 * its tracking number, and the fee paid at the counter.
 */
public record DropOff(UUID id, UUID senderId, PersonName recipientName, PhoneNumber recipientPhone,
                      String recipientAddress, Carrier carrier, TrackingNumber tracking, Money fee,
                      Instant createdAt, String createdBy, long version) {

    public static final int ADDRESS_MAX = 300;

    public DropOff {
        if (recipientName == null) {
            throw new InvalidInputException("error.parcel.dropOffRecipient");
        }
        recipientAddress = TextRules.clean(recipientAddress);
        if (recipientAddress == null || recipientAddress.isEmpty()) {
            throw new InvalidInputException("error.parcel.dropOffAddress");
        }
        if (recipientAddress.length() > ADDRESS_MAX || TextRules.hasControlCharacters(recipientAddress)) {
            throw new InvalidInputException("error.parcel.dropOffAddressTooLong", ADDRESS_MAX);
        }
        if (carrier == null || carrier == Carrier.UNKNOWN) {
            throw new InvalidInputException("error.parcel.carrierUnknown", tracking == null ? "" : tracking.value(), "");
        }
        if (fee == null || fee.isNegative()) {
            throw new InvalidInputException("error.parcel.feeNegative");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("senderId", senderId == null ? null : senderId.toString());
        m.put("recipientName", recipientName.value());
        m.put("recipientPhone", recipientPhone == null ? null : recipientPhone.digits());
        m.put("recipientAddress", recipientAddress);
        m.put("carrier", carrier.name());
        m.put("trackingNumber", tracking.value());
        m.put("feeFen", fee.fen());
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", createdBy);
        m.put("version", version);
        return m;
    }
}
