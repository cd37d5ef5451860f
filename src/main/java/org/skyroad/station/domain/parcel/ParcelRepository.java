package org.skyroad.station.domain.parcel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Incoming parcels, their events and the carrier returns they leave in. */
public interface ParcelRepository {

    void insert(Parcel parcel);

    /** Writes when the stored version is {@code parcel.version() - 1}; false otherwise. */
    boolean update(Parcel parcel);

    Optional<Parcel> findById(UUID id);

    /** The parcel with this number that is waiting or out on a run, if any. */
    Optional<Parcel> findOpenByTracking(TrackingNumber tracking);

    /** Every parcel ever checked in with this number, newest first. */
    List<Parcel> findByTracking(TrackingNumber tracking);

    Optional<Parcel> findOpenByCode(PickupCode code);

    boolean isCodeTaken(PickupCode code);

    /** The pickup codes of all open parcels: a box of parcels checks against it once. */
    Set<String> openCodes();

    /** Which of these numbers belong to an open parcel. */
    Set<String> openTrackingAmong(Collection<TrackingNumber> numbers);

    List<Parcel> findOpenByPhoneTail(String tail);

    List<Parcel> findOpenByRecipient(UUID villagerId);

    List<Parcel> findWaitingByVillage(UUID villageId);

    List<Parcel> findWaitingUnmatched();

    /** Waiting parcels checked in on or before {@code day}, oldest first. */
    List<Parcel> findWaitingReceivedOnOrBefore(LocalDate day);

    List<Parcel> findReceivedOn(LocalDate day, Carrier carrier);

    List<Parcel> findByReturn(UUID returnId);

    List<Parcel> findByHandover(UUID handoverId);

    /** Open parcels (waiting or out on a run) per slot. */
    Map<String, Integer> slotFill();

    /** A slot where this villager already has a parcel waiting, if any. */
    Optional<String> slotOfWaitingParcelOf(UUID villagerId);

    long countOpen();

    void insertEvent(ParcelEvent event);

    List<ParcelEvent> events(UUID parcelId);

    void insertReturn(CarrierReturn carrierReturn);

    Optional<CarrierReturn> findReturn(UUID id);
}
