package org.skyroad.station.domain.parcel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ExpectedParcelRepository {

    Optional<ExpectedParcel> findExpected(UUID id);

    /** Inserts or replaces the announcement. */
    void saveExpected(ExpectedParcel p);

    /** The waiting (not cancelled, not arrived) announcement of this normalised tracking number. */
    Optional<ExpectedParcel> findWaitingByTracking(String trackingNumber);

    /** Waiting announcements, soonest expected first. */
    List<ExpectedParcel> waitingExpected(int limit);
}
