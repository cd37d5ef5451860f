package org.skyroad.station.domain.goods;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.villager.PhoneNumber;

public interface ProducerRepository {

    Optional<Producer> findById(UUID id);

    List<Producer> findByIds(Collection<UUID> ids);

    void insert(Producer producer);

    /** Writes when the stored version is {@code producer.version() - 1}; false otherwise. */
    boolean update(Producer producer);

    List<Producer> findByPhone(PhoneNumber phone, int limit);

    List<Producer> findByPhoneTail(String tail, int limit);

    /** Names starting with the key first, then names containing it. */
    List<Producer> findByName(String searchKey, int limit);

    /** Active producers by name, for a list or a demo. */
    List<Producer> all(int limit);

    long count();
}
