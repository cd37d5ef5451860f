package org.skyroad.station.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.testsupport.TestStation;

/** Audit and outbox rows are written with the change, in its transaction, or not at all. */
class ChangeLogTest {

    @TempDir
    Path dir;
    StationRuntime rt;

    @BeforeEach
    void open() {
        rt = TestStation.initialized(dir);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private long count(String sql, Object... args) {
        return rt.database().transactions().read(() -> rt.database().jdbc().queryLong(sql, args));
    }

    private static VillagerDraft draft(String name) {
        return new VillagerDraft(name, null, null, null, null, null, true, true);
    }

    @Test
    void aSaveWritesTheRecordItsAuditRowAndItsOutboxRow() {
        Villager v = rt.villagers().create(draft("尼玛"), false);
        assertEquals(1, count("SELECT COUNT(*) FROM villager WHERE id = ?", v.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE entity = 'villager' AND entity_key = ? "
                + "AND action = 'villager.create' AND actor_name = 'admin' AND before_json IS NULL AND after_json IS NOT NULL", v.id().toString()));
        var row = rt.database().transactions().read(() -> rt.database().jdbc().queryOne(
                "SELECT station_code, entity, entity_version, operation, payload FROM outbox WHERE entity_id = ?",
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), v.id())).orElseThrow();
        assertEquals("TS-003", row.get(0));
        assertEquals("villager", row.get(1));
        assertEquals("1", row.get(2));
        assertEquals("CREATE", row.get(3));
        assertTrue(row.get(4).contains("\"name\":\"尼玛\""), row.get(4));
    }

    @Test
    void anUpdateAuditsBeforeAndAfter() {
        Villager v = rt.villagers().create(draft("尼玛"), false);
        rt.villagers().update(v.id(), v.version(), draft("尼玛次仁"), false);
        String[] beforeAfter = rt.database().transactions().read(() -> rt.database().jdbc().queryOne(
                "SELECT before_json, after_json FROM audit_log WHERE action = 'villager.update'",
                rs -> new String[] {rs.getString(1), rs.getString(2)})).orElseThrow();
        assertTrue(beforeAfter[0].contains("\"name\":\"尼玛\""));
        assertTrue(beforeAfter[1].contains("\"name\":\"尼玛次仁\""));
    }

    @Test
    void aFailedTransactionLeavesNoRecordNoAuditAndNoOutboxRow() {
        long villagers = count("SELECT COUNT(*) FROM villager");
        long audit = count("SELECT COUNT(*) FROM audit_log");
        long outbox = count("SELECT COUNT(*) FROM outbox");
        assertThrows(IllegalStateException.class, () -> rt.database().transactions().inTransaction(() -> {
            rt.villagers().create(draft("次仁"), false);
            throw new IllegalStateException("power cut in the middle");
        }));
        assertEquals(villagers, count("SELECT COUNT(*) FROM villager"));
        assertEquals(audit, count("SELECT COUNT(*) FROM audit_log"));
        assertEquals(outbox, count("SELECT COUNT(*) FROM outbox"));
        Villager next = rt.villagers().create(draft("拉巴"), false);
        long seq = count("SELECT seq FROM outbox WHERE entity_id = ?", next.id());
        assertEquals(outbox + 1, seq, "the rolled-back number is given to the next change");
    }

    @Test
    void rowsOfOneTransactionShareATransactionId() {
        rt.villagers().createAll(List.of(draft("甲"), draft("乙"), draft("丙")));
        assertEquals(1, count("SELECT COUNT(DISTINCT txn_id) FROM outbox WHERE entity = 'villager'"));
    }

    @Test
    void theOutboxSequenceHasNoGapsUnderManyConcurrentWritersSomeFailing() throws Exception {
        TestStation.actAs(rt, Role.OPERATOR);
        int threads = 6;
        int perThread = 60;
        AtomicInteger committed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        boolean fail = (i + thread) % 5 == 0;
                        String name = "村民" + thread + "-" + i;
                        try {
                            rt.database().transactions().inTransaction(() -> {
                                rt.villagers().create(draft(name), true);
                                if (fail) {
                                    throw new IllegalStateException("rolled back on purpose");
                                }
                            });
                            committed.incrementAndGet();
                        } catch (IllegalStateException expected) {
                            // the rolled-back change must leave no number behind
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long rows = count("SELECT COUNT(*) FROM outbox");
        assertEquals(count("SELECT MAX(seq) FROM outbox"), rows, "max seq equals count: no gaps");
        assertEquals(1, count("SELECT MIN(seq) FROM outbox"));
        assertEquals(committed.get(), count("SELECT COUNT(*) FROM outbox WHERE entity = 'villager'"));
        assertEquals(count("SELECT next_seq FROM outbox_counter"), rows + 1);
    }

    @Test
    void signInsAreAuditedButDoNotTravel() {
        long outbox = count("SELECT COUNT(*) FROM outbox");
        rt.staff().signIn("admin", TestStation.PASSWORD.toCharArray());
        assertNotNull(rt.database().transactions().read(() -> rt.database().jdbc()
                .queryOne("SELECT action FROM audit_log WHERE action = 'staff.signin'", rs -> rs.getString(1)).orElse(null)));
        assertEquals(outbox, count("SELECT COUNT(*) FROM outbox"));
        assertNull(rt.database().transactions().read(() -> rt.database().jdbc()
                .queryOne("SELECT payload FROM outbox WHERE payload LIKE '%pbkdf2%'", rs -> rs.getString(1)).orElse(null)),
                "password hashes never leave the station");
    }

    @Test
    void pendingCountIsWhatTheStatusBarShows() {
        long before = rt.settings().status().pendingChanges();
        rt.villagers().create(draft("格桑"), false);
        assertEquals(before + 1, rt.settings().status().pendingChanges());
    }
}
