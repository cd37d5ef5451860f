package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.OrderCatalogRepository;
import org.skyroad.station.domain.order.Platform;

public final class JdbcOrderCatalogRepository implements OrderCatalogRepository {

    private final Jdbc jdbc;

    public JdbcOrderCatalogRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    static CatalogItem map(ResultSet rs) throws SQLException {
        return new CatalogItem(Jdbc.uuid(rs, "id"), rs.getString("name"), Platform.valueOf(rs.getString("platform")),
                rs.getString("link"), Money.ofFen(rs.getLong("usual_price_fen")),
                ItemCategory.valueOf(rs.getString("category")), rs.getBoolean("active"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    @Override
    public Optional<CatalogItem> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM order_catalog_item WHERE id = ?", JdbcOrderCatalogRepository::map, id);
    }

    @Override
    public void insert(CatalogItem i) {
        jdbc.update("INSERT INTO order_catalog_item (id, name, name_key, platform, link, usual_price_fen, category, active, "
                        + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.id(), i.name(), i.searchKey(), i.platform(), i.link(), i.usualPrice().fen(), i.category(), i.active(),
                i.createdAt(), i.updatedAt(), i.version());
    }

    @Override
    public boolean update(CatalogItem i) {
        return jdbc.update("UPDATE order_catalog_item SET name = ?, name_key = ?, platform = ?, link = ?, usual_price_fen = ?, "
                        + "category = ?, active = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
                i.name(), i.searchKey(), i.platform(), i.link(), i.usualPrice().fen(), i.category(), i.active(),
                i.updatedAt(), i.version(), i.id(), i.version() - 1) == 1;
    }

    @Override
    public List<CatalogItem> search(String key, int limit) {
        if (key == null || key.isEmpty()) {
            return jdbc.query("SELECT * FROM order_catalog_item WHERE active ORDER BY name_key LIMIT ?",
                    JdbcOrderCatalogRepository::map, limit);
        }
        String escaped = JdbcVillagerRepository.escape(key);
        List<CatalogItem> found = new ArrayList<>(jdbc.query("SELECT * FROM order_catalog_item WHERE active "
                + "AND name_key LIKE ? ESCAPE '\\' ORDER BY name_key LIMIT ?", JdbcOrderCatalogRepository::map,
                escaped + "%", limit));
        if (found.size() < limit) {
            found.addAll(jdbc.query("SELECT * FROM order_catalog_item WHERE active AND name_key LIKE ? ESCAPE '\\' "
                            + "AND name_key NOT LIKE ? ESCAPE '\\' ORDER BY name_key LIMIT ?", JdbcOrderCatalogRepository::map,
                    "%" + escaped + "%", escaped + "%", limit - found.size()));
        }
        return found;
    }

    @Override
    public long countActive() {
        return jdbc.queryLong("SELECT COUNT(*) FROM order_catalog_item WHERE active");
    }
}
