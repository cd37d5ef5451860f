package org.skyroad.station.domain.parcel;

import java.util.Optional;
import java.util.UUID;

public interface ParcelHandoverRepository {

    void insert(Handover handover);

    Optional<Handover> findById(UUID id);
}
