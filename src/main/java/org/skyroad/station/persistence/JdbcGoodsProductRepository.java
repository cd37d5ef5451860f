package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ProductRepository;

public final class JdbcGoodsProductRepository implements ProductRepository {

    private final Jdbc jdbc;

    public JdbcGoodsProductRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, String code, String zh, String bo, String en, GoodsCategory category, GoodsUnit unit,
                       boolean perishable, Integer shelfLife, boolean coldChain, Commission commission, boolean active,
                       java.time.Instant createdAt, java.time.Instant updatedAt, long version) {
        Product with(List<Grade> grades) {
            return new Product(id, code, zh, bo, en, category, unit, perishable, shelfLife, coldChain, commission,
                    grades, active, createdAt, updatedAt, version);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Jdbc.uuid(rs, "id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_bo"),
                rs.getString("name_en"), GoodsCategory.valueOf(rs.getString("category")), GoodsUnit.valueOf(rs.getString("unit")),
                rs.getBoolean("perishable"), JdbcGoodsSql.nullableInt(rs, "shelf_life_days"), rs.getBoolean("cold_chain"),
                new Commission(Commission.Kind.valueOf(rs.getString("commission_kind")), rs.getLong("commission_value")),
                rs.getBoolean("active"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    private List<Product> withGrades(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Grade>> grades = new HashMap<>();
        JdbcGoodsSql.inChunks(jdbc, "SELECT * FROM goods_grade WHERE product_id IN (%s) ORDER BY sort_order",
                rows.stream().map(Row::id).toList(), rs -> {
                    grades.computeIfAbsent(Jdbc.uuid(rs, "product_id"), k -> new ArrayList<>())
                            .add(new Grade(rs.getString("code"), rs.getString("standard")));
                    return null;
                });
        return rows.stream().map(r -> r.with(grades.getOrDefault(r.id(), List.of()))).toList();
    }

    @Override
    public Optional<Product> findById(UUID id) {
        return withGrades(jdbc.query("SELECT * FROM goods_product WHERE id = ?", JdbcGoodsProductRepository::row, id))
                .stream().findFirst();
    }

    @Override
    public Optional<Product> findByCode(String code) {
        return withGrades(jdbc.query("SELECT * FROM goods_product WHERE code = ?", JdbcGoodsProductRepository::row, code))
                .stream().findFirst();
    }

    @Override
    public List<Product> all() {
        return withGrades(jdbc.query("SELECT * FROM goods_product ORDER BY active DESC, code", JdbcGoodsProductRepository::row));
    }

    @Override
    public void insert(Product p) {
        jdbc.update("INSERT INTO goods_product (id, code, name_zh, name_bo, name_en, category, unit, perishable, "
                        + "shelf_life_days, cold_chain, commission_kind, commission_value, active, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.code(), p.nameZh(), p.nameBo(), p.nameEn(), p.category(), p.unit(), p.perishable(),
                p.shelfLifeDays(), p.coldChain(), p.commission().kind(), p.commission().value(), p.active(),
                p.createdAt(), p.updatedAt(), p.version());
        insertGrades(p);
    }

    private void insertGrades(Product p) {
        int i = 0;
        for (Grade g : p.grades()) {
            jdbc.update("INSERT INTO goods_grade (product_id, code, standard, sort_order) VALUES (?, ?, ?, ?)",
                    p.id(), g.code(), g.standard(), i++);
        }
    }

    @Override
    public boolean update(Product p) {
        int n = jdbc.update("UPDATE goods_product SET code = ?, name_zh = ?, name_bo = ?, name_en = ?, category = ?, unit = ?, "
                        + "perishable = ?, shelf_life_days = ?, cold_chain = ?, commission_kind = ?, commission_value = ?, "
                        + "active = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
                p.code(), p.nameZh(), p.nameBo(), p.nameEn(), p.category(), p.unit(), p.perishable(), p.shelfLifeDays(),
                p.coldChain(), p.commission().kind(), p.commission().value(), p.active(), p.updatedAt(), p.version(),
                p.id(), p.version() - 1);
        if (n != 1) {
            return false;
        }
        jdbc.update("DELETE FROM goods_grade WHERE product_id = ?", p.id());
        insertGrades(p);
        return true;
    }
}
