package org.skyroad.station.domain.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assisted orders with their lines and history. */
public interface OrderRepository {

    Optional<Order> findById(UUID id);

    Optional<Order> findByNumber(String number);

    /** Inserts the order and its lines. */
    void insert(Order order);

    /**
     * Writes the new state (and, when {@code linesChanged}, replaces the lines) when the stored
     * version is {@code order.version() - 1}; false otherwise.
     */
    boolean update(Order order, boolean linesChanged);

    /** Inserts many new orders at once (demo data, benchmarks). */
    void insertAll(List<Order> orders);

    /** The next running number of {@code period} (yymm) at this station, taken in the caller's transaction. */
    long nextNumber(String period);

    /** Takes {@code count} running numbers of {@code period} at once; returns the first. */
    long reserveNumbers(String period, int count);

    /** The shipped order waiting for the parcel with this (normalised) tracking number. */
    Optional<Order> findShippedByTracking(String trackingNumber);

    /** Another order than {@code exceptId}, still open, that already has this tracking number. */
    Optional<Order> findOpenByTracking(String trackingNumber, UUID exceptId);

    /** The arrived order whose parcel is this one. */
    Optional<Order> findArrivedByParcel(UUID parcelId);

    List<Order> findByStatus(OrderStatus status, int limit);

    /** A villager's orders still in flight (not collected, cancelled or refunded), oldest first. */
    List<Order> findOpenByVillager(UUID villagerId);

    List<Order> findByVillagers(Collection<UUID> villagerIds, int limit);

    /** Numbers ending with the given text ("0042", "2611-0042"), newest first. */
    List<Order> findByNumberTail(String tail, int limit);

    List<Order> findByPlatformOrderNo(String platformOrderNo, int limit);

    List<Order> findAll(int offset, int limit);

    long count();

    void insertEvent(OrderEvent event);

    /** Many history rows at once (demo data, benchmarks). */
    void insertEvents(List<OrderEvent> events);

    List<OrderEvent> events(UUID orderId);

    /** Orders first paid between the two days (inclusive), cancelled ones left out, grouped by day. */
    List<FeeDay> feesByDay(LocalDate from, LocalDate to);
}
