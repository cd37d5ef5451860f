package org.skyroad.station.domain.parcel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ParcelRunRepository {

    void insert(VillageRun run);

    /** Writes when the stored version is {@code run.version() - 1}; false otherwise. */
    boolean update(VillageRun run);

    Optional<VillageRun> findById(UUID id);

    List<VillageRun> findByDate(LocalDate date);

    void insertItem(RunItem item);

    void updateItem(RunItem item);

    List<RunItem> items(UUID runId);

    Optional<RunItem> findItem(UUID runId, UUID parcelId);
}
