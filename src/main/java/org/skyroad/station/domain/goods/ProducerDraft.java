package org.skyroad.station.domain.goods;

import java.util.UUID;

/** What an operator types for a new or changed producer, before it is checked. */
public record ProducerDraft(String name, ProducerKind kind, UUID villageId, String phone,
                            PayoutMethod payoutMethod, String payoutAccount, UUID cooperativeId, String notes) {
}
