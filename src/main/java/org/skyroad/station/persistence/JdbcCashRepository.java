package org.skyroad.station.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.CashDayTotal;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.CashRepository;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.cash.DrawerState;
import org.skyroad.station.domain.common.Money;

public final class JdbcCashRepository implements CashRepository {

    private final Jdbc jdbc;

    public JdbcCashRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DrawerState drawer() {
        return jdbc.queryOne("SELECT * FROM cash_drawer WHERE id = 1", rs -> new DrawerState(
                Money.ofFen(rs.getLong("last_close_counted_fen")),
                Money.ofFen(rs.getLong("total_fen") - rs.getLong("last_close_total_fen")),
                rs.getLong("next_seq") - 1, rs.getLong("last_close_seq"), Money.ofFen(rs.getLong("total_fen")),
                Money.ofFen(rs.getLong("last_close_total_fen")), Jdbc.uuid(rs, "last_close_id")))
                .orElseThrow(() -> new IllegalStateException("cash_drawer row missing"));
    }

    @Override
    public long append(CashMovement m) {
        // The update takes the drawer row's lock first: the number and the running total move together.
        jdbc.update("UPDATE cash_drawer SET next_seq = next_seq + 1, total_fen = total_fen + ? WHERE id = 1",
                m.amount().fen());
        long seq = jdbc.queryLong("SELECT next_seq - 1 FROM cash_drawer WHERE id = 1");
        insert(m, seq);
        return seq;
    }

    private void insert(CashMovement m, long seq) {
        jdbc.update("INSERT INTO cash_movement (id, seq, at, business_date, kind, amount_fen, reason, reference_entity, "
                        + "reference_id, reverses_id, staff_id, staff_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), seq, m.at(), Date.valueOf(m.businessDate()), m.kind(), m.amount().fen(), m.reason(),
                m.referenceEntity(), m.referenceId(), m.reversesId(), m.staffId(), m.staffName());
    }

    @Override
    public void appendAll(List<CashMovement> movements) {
        if (movements.isEmpty()) {
            return;
        }
        long total = 0;
        for (CashMovement m : movements) {
            total = Math.addExact(total, m.amount().fen());
        }
        jdbc.update("UPDATE cash_drawer SET next_seq = next_seq + ?, total_fen = total_fen + ? WHERE id = 1",
                movements.size(), total);
        long first = jdbc.queryLong("SELECT next_seq FROM cash_drawer WHERE id = 1") - movements.size();
        try (var ps = jdbc.connection().prepareStatement("INSERT INTO cash_movement (id, seq, at, business_date, kind, "
                + "amount_fen, reason, reference_entity, reference_id, reverses_id, staff_id, staff_name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long seq = first;
            for (CashMovement m : movements) {
                Jdbc.bind(ps, m.id(), seq++, m.at(), Date.valueOf(m.businessDate()), m.kind(), m.amount().fen(),
                        m.reason(), m.referenceEntity(), m.referenceId(), m.reversesId(), m.staffId(), m.staffName());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    static CashMovement map(ResultSet rs) throws SQLException {
        return new CashMovement(Jdbc.uuid(rs, "id"), rs.getLong("seq"), Jdbc.instant(rs, "at"),
                rs.getObject("business_date", LocalDate.class), CashMovementKind.valueOf(rs.getString("kind")),
                Money.ofFen(rs.getLong("amount_fen")), rs.getString("reason"), rs.getString("reference_entity"),
                Jdbc.uuid(rs, "reference_id"), Jdbc.uuid(rs, "reverses_id"), Jdbc.uuid(rs, "staff_id"),
                rs.getString("staff_name"));
    }

    @Override
    public Optional<CashMovement> findMovement(UUID id) {
        return jdbc.queryOne("SELECT * FROM cash_movement WHERE id = ?", JdbcCashRepository::map, id);
    }

    @Override
    public Optional<CashMovement> findReversalOf(UUID movementId) {
        return jdbc.queryOne("SELECT * FROM cash_movement WHERE reverses_id = ?", JdbcCashRepository::map, movementId);
    }

    @Override
    public List<CashMovement> movements(long fromSeq, long toSeq) {
        return jdbc.query("SELECT * FROM cash_movement WHERE seq BETWEEN ? AND ? ORDER BY seq", JdbcCashRepository::map,
                fromSeq, toSeq);
    }

    @Override
    public List<CashMovement> movementsOn(LocalDate day) {
        return jdbc.query("SELECT * FROM cash_movement WHERE business_date = ? ORDER BY seq", JdbcCashRepository::map,
                Date.valueOf(day));
    }

    @Override
    public List<CashMovement> movementsFor(String referenceEntity, UUID referenceId) {
        return jdbc.query("SELECT * FROM cash_movement WHERE reference_entity = ? AND reference_id = ? ORDER BY seq",
                JdbcCashRepository::map, referenceEntity, referenceId);
    }

    @Override
    public Money sum(long fromSeq, long toSeq) {
        return Money.ofFen(jdbc.queryLong("SELECT COALESCE(SUM(amount_fen), 0) FROM cash_movement WHERE seq BETWEEN ? AND ?",
                fromSeq, toSeq));
    }

    @Override
    public Money sumFor(String referenceEntity, UUID referenceId) {
        return Money.ofFen(jdbc.queryLong("SELECT COALESCE(SUM(amount_fen), 0) FROM cash_movement "
                + "WHERE reference_entity = ? AND reference_id = ?", referenceEntity, referenceId));
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM cash_movement");
    }

    @Override
    public boolean insertClose(DailyClose c, UUID previousCloseId) {
        int moved = previousCloseId == null
                ? jdbc.update("UPDATE cash_drawer SET last_close_id = ?, last_close_seq = ?, last_close_total_fen = ?, "
                        + "last_close_counted_fen = ? WHERE id = 1 AND last_close_id IS NULL",
                        c.id(), c.toSeq(), c.totalAtClose().fen(), c.counted().total().fen())
                : jdbc.update("UPDATE cash_drawer SET last_close_id = ?, last_close_seq = ?, last_close_total_fen = ?, "
                        + "last_close_counted_fen = ? WHERE id = 1 AND last_close_id = ?",
                        c.id(), c.toSeq(), c.totalAtClose().fen(), c.counted().total().fen(), previousCloseId);
        if (moved != 1) {
            return false;
        }
        jdbc.update("INSERT INTO cash_close (id, closed_at, business_date, from_seq, to_seq, total_at_close_fen, opening_fen, "
                        + "movements_fen, expected_fen, counted_fen, pieces, reason, threshold_fen, status, operator_id, "
                        + "operator_name, manager_id, manager_name, cosigned_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.closedAt(), Date.valueOf(c.businessDate()), c.fromSeq(), c.toSeq(), c.totalAtClose().fen(),
                c.opening().fen(), c.movementsTotal().fen(), c.expected().fen(), c.counted().total().fen(),
                c.counted().encodePieces(), c.reason(), c.threshold().fen(), c.status(), c.operatorId(),
                c.operatorName(), c.managerId(), c.managerName(), c.cosignedAt(), c.version());
        return true;
    }

    @Override
    public boolean updateClose(DailyClose c) {
        return jdbc.update("UPDATE cash_close SET status = ?, manager_id = ?, manager_name = ?, cosigned_at = ?, version = ? "
                        + "WHERE id = ? AND version = ?",
                c.status(), c.managerId(), c.managerName(), c.cosignedAt(), c.version(), c.id(), c.version() - 1) == 1;
    }

    static DailyClose mapClose(ResultSet rs) throws SQLException {
        Money counted = Money.ofFen(rs.getLong("counted_fen"));
        String pieces = rs.getString("pieces");
        CashCount count = pieces == null ? CashCount.ofTotal(counted) : new CashCount(counted, CashCount.decodePieces(pieces));
        return new DailyClose(Jdbc.uuid(rs, "id"), Jdbc.instant(rs, "closed_at"),
                rs.getObject("business_date", LocalDate.class), rs.getLong("from_seq"), rs.getLong("to_seq"),
                Money.ofFen(rs.getLong("total_at_close_fen")), Money.ofFen(rs.getLong("opening_fen")),
                Money.ofFen(rs.getLong("movements_fen")), Money.ofFen(rs.getLong("expected_fen")), count,
                rs.getString("reason"), Money.ofFen(rs.getLong("threshold_fen")),
                DailyClose.Status.valueOf(rs.getString("status")), Jdbc.uuid(rs, "operator_id"),
                rs.getString("operator_name"), Jdbc.uuid(rs, "manager_id"), rs.getString("manager_name"),
                Jdbc.instant(rs, "cosigned_at"), rs.getLong("version"));
    }

    @Override
    public Optional<DailyClose> findClose(UUID id) {
        return jdbc.queryOne("SELECT * FROM cash_close WHERE id = ?", JdbcCashRepository::mapClose, id);
    }

    @Override
    public Optional<DailyClose> lastClose() {
        return jdbc.queryOne("SELECT c.* FROM cash_close c JOIN cash_drawer d ON d.last_close_id = c.id WHERE d.id = 1",
                JdbcCashRepository::mapClose);
    }

    @Override
    public List<DailyClose> closesBetween(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM cash_close WHERE business_date BETWEEN ? AND ? ORDER BY closed_at, to_seq",
                JdbcCashRepository::mapClose, Date.valueOf(from), Date.valueOf(to));
    }

    @Override
    public List<DailyClose> awaitingManager() {
        return jdbc.query("SELECT * FROM cash_close WHERE status = 'AWAITING_MANAGER' ORDER BY closed_at",
                JdbcCashRepository::mapClose);
    }

    @Override
    public List<CashDayTotal> totalsByDay(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT business_date, kind, COUNT(*) AS n, SUM(amount_fen) AS total FROM cash_movement "
                        + "WHERE business_date BETWEEN ? AND ? GROUP BY business_date, kind ORDER BY business_date, kind",
                rs -> new CashDayTotal(rs.getObject("business_date", LocalDate.class),
                        CashMovementKind.valueOf(rs.getString("kind")), rs.getInt("n"), Money.ofFen(rs.getLong("total"))),
                Date.valueOf(from), Date.valueOf(to));
    }
}
