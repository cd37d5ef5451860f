package org.skyroad.station.domain.goods;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sales with their lines, shipments with theirs, and losses. */
public interface GoodsSaleRepository {

    void insertSale(Sale sale);

    void insertLine(SaleLine line);

    Optional<Sale> findSale(UUID id);

    List<Sale> findSales(Collection<UUID> ids);

    List<SaleLine> linesOfSale(UUID saleId);

    /** Reads the line and locks its row until the transaction ends. */
    Optional<SaleLine> lockLine(UUID lineId);

    /** Adds to the shipped quantity when it stays within the sold quantity; false otherwise. */
    boolean addShipped(UUID lineId, long amount);

    List<SaleLine> linesOfLots(Collection<UUID> lotIds);

    /** The newest sold lines of a producer's lots. */
    List<SaleLine> recentLinesOfProducer(UUID producerId, int limit);

    void insertShipment(Shipment shipment);

    void insertShipmentLine(ShipmentLine line);

    Optional<Shipment> findShipment(UUID id);

    List<Shipment> findShipments(Collection<UUID> ids);

    List<Shipment> shipmentsOfSale(UUID saleId);

    List<ShipmentLine> linesOfShipment(UUID shipmentId);

    List<ShipmentLine> shipmentLinesOfLots(Collection<UUID> lotIds);

    /** Writes the receipt when the stored version is one less; false otherwise. */
    boolean updateShipment(Shipment shipment);

    void insertLoss(Loss loss);

    List<Loss> lossesOfLots(Collection<UUID> lotIds);

    /** Base units of a lot already recorded as lost in transit from one shipment. */
    long lostInTransit(UUID shipmentId, UUID lotId);
}
