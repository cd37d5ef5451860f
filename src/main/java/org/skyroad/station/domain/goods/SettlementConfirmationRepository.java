package org.skyroad.station.domain.goods;

import java.util.Optional;
import java.util.UUID;

public interface SettlementConfirmationRepository {

    Optional<SettlementConfirmation> findConfirmation(UUID settlementId);

    /** Inserts or replaces the confirmation of a settlement. */
    void saveConfirmation(SettlementConfirmation c);
}
