package org.skyroad.station.domain.villager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface VillagerRepository {

    Optional<Villager> findById(UUID id);

    void insert(Villager villager);

    /** Writes when the stored version is {@code villager.version() - 1}; false otherwise. */
    boolean update(Villager villager);

    List<VillagerMatch> findByPhone(PhoneNumber phone, int limit);

    List<VillagerMatch> findByPhoneTail(String tail, int limit);

    List<VillagerMatch> findByIdTail(String tail, int limit);

    /** Names starting with the key first, then names containing it; each name once. */
    List<VillagerMatch> findByName(String searchKey, int limit);

    List<VillagerMatch> findByVillageName(String searchKey, int limit);

    /** Same name (search key) in the same village. */
    List<VillagerMatch> findByNameInVillage(String searchKey, UUID villageId, int limit);

    long count();
}
