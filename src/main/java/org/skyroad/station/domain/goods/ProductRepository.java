package org.skyroad.station.domain.goods;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The local product catalog, each product with its grades. */
public interface ProductRepository {

    Optional<Product> findById(UUID id);

    Optional<Product> findByCode(String code);

    /** Every product, active first, by code. */
    List<Product> all();

    void insert(Product product);

    /** Writes product and grades when the stored version is one less; false otherwise. */
    boolean update(Product product);
}
