package org.skyroad.station.domain.goods;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface SettlementRepository {

    /**
     * What a settlement of the producer for the days {@code from} to {@code to} (both included)
     * would take in: sold lines of consignment lots, outright purchases and losses the producer
     * bears, none of them in a settlement yet; by date.
     */
    List<SettlementCandidate> candidates(UUID producerId, LocalDate from, LocalDate to);

    /** The candidates of every producer for the period, as {@link #candidates} gives them, in one read. */
    Map<UUID, List<SettlementCandidate>> candidatesByProducer(LocalDate from, LocalDate to);

    /** Producers with at least one candidate in the period. */
    List<UUID> producersWithCandidates(LocalDate from, LocalDate to);

    void insert(Settlement settlement);

    /** Fails with a conflict when the line's source is already in a settlement (unique constraints). */
    void insertLine(SettlementLine line);

    Optional<Settlement> findById(UUID id);

    List<Settlement> findByIds(Collection<UUID> ids);

    /** Writes when the stored version is {@code settlement.version() - 1}; false otherwise. */
    boolean update(Settlement settlement);

    List<SettlementLine> linesOf(UUID settlementId);

    List<Settlement> ofProducer(UUID producerId, int limit);

    List<SettlementLine> linesOfLots(Collection<UUID> lotIds);
}
