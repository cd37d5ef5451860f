package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.goods.ProducerRepository;
import org.skyroad.station.domain.villager.PhoneNumber;

public final class JdbcProducerRepository implements ProducerRepository {

    private final Jdbc jdbc;

    public JdbcProducerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    static Producer map(ResultSet rs) throws SQLException {
        String phone = rs.getString("phone");
        return new Producer(Jdbc.uuid(rs, "id"), rs.getString("name"), ProducerKind.valueOf(rs.getString("kind")),
                Jdbc.uuid(rs, "village_id"), phone == null ? null : new PhoneNumber(phone),
                PayoutMethod.valueOf(rs.getString("payout_method")), rs.getString("payout_account"),
                Jdbc.uuid(rs, "cooperative_id"), rs.getString("notes"), rs.getBoolean("active"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    @Override
    public Optional<Producer> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM producer WHERE id = ?", JdbcProducerRepository::map, id);
    }

    @Override
    public List<Producer> findByIds(Collection<UUID> ids) {
        return JdbcGoodsSql.inChunks(jdbc, "SELECT * FROM producer WHERE id IN (%s)", ids, JdbcProducerRepository::map);
    }

    @Override
    public void insert(Producer p) {
        jdbc.update("INSERT INTO producer (id, name, name_key, kind, village_id, phone, phone_tail, payout_method, "
                        + "payout_account, cooperative_id, notes, active, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.name(), p.searchKey(), p.kind(), p.villageId(), p.phone() == null ? null : p.phone().digits(),
                p.phone() == null ? null : p.phone().tail(), p.payoutMethod(), p.payoutAccount(), p.cooperativeId(),
                p.notes(), p.active(), p.createdAt(), p.updatedAt(), p.version());
    }

    @Override
    public boolean update(Producer p) {
        return jdbc.update("UPDATE producer SET name = ?, name_key = ?, kind = ?, village_id = ?, phone = ?, phone_tail = ?, "
                        + "payout_method = ?, payout_account = ?, cooperative_id = ?, notes = ?, active = ?, updated_at = ?, "
                        + "version = ? WHERE id = ? AND version = ?",
                p.name(), p.searchKey(), p.kind(), p.villageId(), p.phone() == null ? null : p.phone().digits(),
                p.phone() == null ? null : p.phone().tail(), p.payoutMethod(), p.payoutAccount(), p.cooperativeId(),
                p.notes(), p.active(), p.updatedAt(), p.version(), p.id(), p.version() - 1) == 1;
    }

    @Override
    public List<Producer> findByPhone(PhoneNumber phone, int limit) {
        return jdbc.query("SELECT * FROM producer WHERE phone = ? ORDER BY name_key LIMIT ?", JdbcProducerRepository::map,
                phone.digits(), limit);
    }

    @Override
    public List<Producer> findByPhoneTail(String tail, int limit) {
        return jdbc.query("SELECT * FROM producer WHERE phone_tail = ? ORDER BY name_key LIMIT ?", JdbcProducerRepository::map,
                tail, limit);
    }

    @Override
    public List<Producer> findByName(String searchKey, int limit) {
        String key = JdbcGoodsSql.escapeLike(searchKey);
        List<Producer> found = new ArrayList<>(jdbc.query(
                "SELECT * FROM producer WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key LIMIT ?",
                JdbcProducerRepository::map, key + "%", limit));
        if (found.size() < limit) {
            found.addAll(jdbc.query("SELECT * FROM producer WHERE name_key LIKE ? ESCAPE '\\' AND name_key NOT LIKE ? ESCAPE '\\' "
                    + "ORDER BY name_key LIMIT ?", JdbcProducerRepository::map, "%" + key + "%", key + "%", limit - found.size()));
        }
        return found;
    }

    @Override
    public List<Producer> all(int limit) {
        return jdbc.query("SELECT * FROM producer WHERE active ORDER BY name_key LIMIT ?", JdbcProducerRepository::map, limit);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM producer");
    }
}
