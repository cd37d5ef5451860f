package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.villager.IdCardTail;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillagerMatch.MatchReason;
import org.skyroad.station.domain.villager.VillagerRepository;

public final class JdbcVillagerRepository implements VillagerRepository {

    private static final String SELECT = "SELECT v.*, g.name AS village_name FROM villager v "
            + "LEFT JOIN village g ON g.id = v.village_id ";

    private final Jdbc jdbc;

    public JdbcVillagerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    static Villager map(ResultSet rs) throws SQLException {
        String phone = rs.getString("phone");
        String idTail = rs.getString("id_tail");
        return new Villager(Jdbc.uuid(rs, "id"), new PersonName(rs.getString("name")),
                phone == null ? null : new PhoneNumber(phone), Jdbc.uuid(rs, "village_id"),
                idTail == null ? null : new IdCardTail(idTail), rs.getString("household"), rs.getString("notes"),
                rs.getBoolean("consent_pickup"), rs.getBoolean("consent_delivery"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Jdbc.RowMapper<VillagerMatch> matched(MatchReason reason) {
        return rs -> new VillagerMatch(map(rs), rs.getString("village_name"), reason);
    }

    @Override
    public Optional<Villager> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM villager WHERE id = ?", JdbcVillagerRepository::map, id);
    }

    @Override
    public void insert(Villager v) {
        jdbc.update("INSERT INTO villager (id, name, name_key, phone, phone_tail, village_id, id_tail, id_tail4, household, "
                        + "notes, consent_pickup, consent_delivery, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.id(), v.name().value(), v.name().searchKey(), phoneOf(v), tailOf(v), v.villageId(),
                idTailOf(v), idTail4Of(v), v.household(), v.notes(),
                v.consentPickup(), v.consentDelivery(), v.createdAt(), v.updatedAt(), v.version());
    }

    @Override
    public boolean update(Villager v) {
        return jdbc.update("UPDATE villager SET name = ?, name_key = ?, phone = ?, phone_tail = ?, village_id = ?, "
                        + "id_tail = ?, id_tail4 = ?, household = ?, notes = ?, consent_pickup = ?, consent_delivery = ?, "
                        + "updated_at = ?, version = ? WHERE id = ? AND version = ?",
                v.name().value(), v.name().searchKey(), phoneOf(v), tailOf(v), v.villageId(),
                idTailOf(v), idTail4Of(v), v.household(), v.notes(),
                v.consentPickup(), v.consentDelivery(), v.updatedAt(), v.version(), v.id(), v.version() - 1) == 1;
    }

    private static String phoneOf(Villager v) {
        return v.phone() == null ? null : v.phone().digits();
    }

    private static String idTailOf(Villager v) {
        return v.idTail() == null ? null : v.idTail().value();
    }

    private static String idTail4Of(Villager v) {
        String t = idTailOf(v);
        return t == null ? null : t.substring(t.length() - 4);
    }

    private static String tailOf(Villager v) {
        return v.phone() == null ? null : v.phone().tail();
    }

    @Override
    public List<VillagerMatch> findByPhone(PhoneNumber phone, int limit) {
        return jdbc.query(SELECT + "WHERE v.phone = ? ORDER BY v.name_key LIMIT ?", matched(MatchReason.PHONE),
                phone.digits(), limit);
    }

    @Override
    public List<VillagerMatch> findByPhoneTail(String tail, int limit) {
        return jdbc.query(SELECT + "WHERE v.phone_tail = ? ORDER BY v.name_key LIMIT ?", matched(MatchReason.PHONE_TAIL),
                tail, limit);
    }

    @Override
    public List<VillagerMatch> findByIdTail(String tail, int limit) {
        // Stored and typed tails are 4 to 6 characters: the indexed last four narrow the rows,
        // then the typed tail must end the stored one.
        return jdbc.query(SELECT + "WHERE v.id_tail4 = ? AND v.id_tail LIKE ? ESCAPE '\\' ORDER BY v.name_key LIMIT ?",
                matched(MatchReason.ID_TAIL), tail.substring(tail.length() - 4), "%" + escape(tail), limit);
    }

    @Override
    public List<VillagerMatch> findByName(String key, int limit) {
        List<VillagerMatch> prefix = jdbc.query(SELECT + "WHERE v.name_key LIKE ? ESCAPE '\\' ORDER BY v.name_key LIMIT ?",
                matched(MatchReason.NAME_PREFIX), escape(key) + "%", limit);
        if (prefix.size() >= limit) {
            return prefix;
        }
        List<VillagerMatch> contains = jdbc.query(SELECT + "WHERE v.name_key LIKE ? ESCAPE '\\' "
                        + "AND v.name_key NOT LIKE ? ESCAPE '\\' ORDER BY v.name_key LIMIT ?",
                matched(MatchReason.NAME_CONTAINS), "%" + escape(key) + "%", escape(key) + "%", limit - prefix.size());
        List<VillagerMatch> all = new java.util.ArrayList<>(prefix);
        all.addAll(contains);
        return all;
    }

    @Override
    public List<VillagerMatch> findByVillageName(String key, int limit) {
        // The village list is short: find the villages first, then their villagers by index.
        List<UUID> villages = jdbc.query("SELECT id FROM village WHERE name_key LIKE ? ESCAPE '\\'",
                rs -> Jdbc.uuid(rs, "id"), escape(key) + "%");
        List<VillagerMatch> found = new java.util.ArrayList<>();
        for (UUID village : villages) {
            if (found.size() >= limit) {
                break;
            }
            found.addAll(jdbc.query(SELECT + "WHERE v.village_id = ? ORDER BY v.name_key LIMIT ?",
                    matched(MatchReason.VILLAGE), village, limit - found.size()));
        }
        return found;
    }

    @Override
    public List<VillagerMatch> findByNameInVillage(String key, UUID villageId, int limit) {
        return jdbc.query(SELECT + "WHERE v.name_key = ? AND v.village_id = ? LIMIT ?",
                matched(MatchReason.SAME_NAME_AND_VILLAGE), key, villageId, limit);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM villager");
    }

    static String escape(String likeText) {
        return likeText.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
