package org.skyroad.station.domain.villager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface VillageRepository {

    List<Village> all();

    Optional<Village> findById(UUID id);

    Optional<Village> findByName(String searchKey);

    void insert(Village village);

    boolean update(Village village);
}
