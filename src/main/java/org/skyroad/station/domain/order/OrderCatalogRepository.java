package org.skyroad.station.domain.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The station's catalog of items it often orders. */
public interface OrderCatalogRepository {

    Optional<CatalogItem> findById(UUID id);

    void insert(CatalogItem item);

    /** Writes when the stored version is {@code item.version() - 1}; false otherwise. */
    boolean update(CatalogItem item);

    /** Active items whose name starts with (first) or contains the search key; all active items for an empty key. */
    List<CatalogItem> search(String searchKey, int limit);

    long countActive();
}
