package org.skyroad.station.ui.villagers;

import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;

/** One line of the villager table, already in words. */
public record VillagerRow(Villager villager, String name, String phone, String village, String idTail,
                          String consent, String reason) {

    public static VillagerRow of(VillagerMatch m) {
        Villager v = m.villager();
        String consent = (v.consentPickup() ? Messages.get("ui.villager.consent.pickupShort") : "")
                + (v.consentPickup() && v.consentDelivery() ? " · " : "")
                + (v.consentDelivery() ? Messages.get("ui.villager.consent.deliveryShort") : "");
        return new VillagerRow(v, v.name().value(), v.phone() == null ? "" : v.phone().digits(),
                m.villageName() == null ? "" : m.villageName(), v.idTail() == null ? "" : v.idTail().value(),
                consent, m.reason() == null ? "" : Messages.get("ui.villager.reason." + m.reason().name()));
    }
}
