package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.villager.PhoneNumber;

/**
 * A herder, farmer or cooperative who brings local goods. The name is in any script; a
 * cooperative's name may be long. A producer paid by transfer has the account to pay to;
 * a member of a cooperative names it.
 */
public record Producer(UUID id, String name, ProducerKind kind, UUID villageId, PhoneNumber phone,
                       PayoutMethod payoutMethod, String payoutAccount, UUID cooperativeId, String notes,
                       boolean active, Instant createdAt, Instant updatedAt, long version) {

    public static final int NAME_MAX = 100;
    public static final int ACCOUNT_MAX = 64;
    public static final int NOTES_MAX = 500;

    public Producer {
        if (id == null) {
            throw new IllegalArgumentException("id is required");
        }
        name = GoodsText.required(name, NAME_MAX, "error.producer.nameEmpty", "error.producer.nameTooLong");
        if (kind == null) {
            throw new InvalidInputException("error.producer.kind", "");
        }
        payoutMethod = payoutMethod == null ? PayoutMethod.CASH : payoutMethod;
        payoutAccount = GoodsText.optional(payoutAccount, ACCOUNT_MAX, "error.producer.accountTooLong");
        if (payoutMethod != PayoutMethod.CASH && payoutAccount == null) {
            throw new InvalidInputException("error.producer.accountRequired");
        }
        if (cooperativeId != null && (cooperativeId.equals(id) || kind == ProducerKind.COOPERATIVE)) {
            throw new InvalidInputException("error.producer.cooperativeOfCooperative");
        }
        notes = GoodsText.optional(notes, NOTES_MAX, "error.producer.notesTooLong");
    }

    public String searchKey() {
        return TextRules.searchKey(name);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("villageId", villageId == null ? null : villageId.toString());
        m.put("phone", phone == null ? null : phone.digits());
        m.put("payoutMethod", payoutMethod.name());
        m.put("payoutAccount", payoutAccount);
        m.put("cooperativeId", cooperativeId == null ? null : cooperativeId.toString());
        m.put("notes", notes);
        m.put("active", active);
        m.put("createdAt", createdAt.toString());
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }

    @Override
    public String toString() {
        return name;
    }
}
