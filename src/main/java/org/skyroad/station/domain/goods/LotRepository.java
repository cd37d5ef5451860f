package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LotRepository {

    /**
     * Takes the lot-numbering lock for the rest of the transaction: intake, split and merge of
     * concurrent callers queue here, so two lots never get the same sequence number.
     */
    void lockNumbering();

    /** The highest sequence issued on {@code day}, 0 when none. */
    int maxSequence(LocalDate day);

    void insert(Lot lot);

    Optional<Lot> findById(UUID id);

    Optional<Lot> findByCode(LotCode code);

    List<Lot> findByIds(Collection<UUID> ids);

    /** Reads the lot and locks its row until the transaction ends (SELECT ... FOR UPDATE). */
    Optional<Lot> lockById(UUID id);

    /**
     * Takes {@code amount} base units out of stock when at least that much is on hand, raising
     * the version by one; false (and nothing written) when the stock is short.
     */
    boolean takeFromStock(UUID id, long amount, Instant now);

    void insertLink(UUID parentId, UUID childId, long quantity);

    List<LotLink> parentsOf(UUID childId);

    List<LotLink> childrenOf(UUID parentId);

    /** Lots with stock, of one producer or (null) all, the nearest best-before first, then by code. */
    List<Lot> inStock(UUID producerId, int limit);

    /** Perishable lots with stock whose best-before day is on or before {@code until}, the nearest first. */
    List<Lot> bestBeforeUntil(LocalDate until, int limit);

    long count();
}
