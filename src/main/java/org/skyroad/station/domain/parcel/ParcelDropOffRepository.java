package org.skyroad.station.domain.parcel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ParcelDropOffRepository {

    void insert(DropOff dropOff);

    Optional<DropOff> findById(UUID id);

    List<DropOff> findBySender(UUID villagerId);

    /** A drop-off already recorded with this carrier's tracking number. */
    Optional<DropOff> findByTracking(Carrier carrier, TrackingNumber tracking);
}
