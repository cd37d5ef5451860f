package org.skyroad.station.domain.villager;

import java.util.UUID;

/** What an operator types for a new or changed villager, before it is checked. */
public record VillagerDraft(String name, String phone, UUID villageId, String idTail,
                            String household, String notes,
                            boolean consentPickup, boolean consentDelivery) {
}
