package org.skyroad.station.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.testsupport.TestStation;

/** Roles are enforced by the services themselves, whatever a screen shows or hides. */
class RoleChecksTest {

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

    @Test
    void anOperatorCannotManageStaffOrSettings() {
        TestStation.actAs(rt, Role.OPERATOR);
        long auditBefore = auditRows();
        assertThrows(AccessDeniedException.class, () -> rt.staff().list());
        assertThrows(AccessDeniedException.class,
                () -> rt.staff().add("x1", "X", Role.OPERATOR, "password1".toCharArray()));
        assertThrows(AccessDeniedException.class, () -> rt.staff().changeRole(UUID.randomUUID(), Role.ADMIN));
        assertThrows(AccessDeniedException.class, () -> rt.settings().update("New", "NGA-HUB", "Asia/Shanghai", "zh"));
        assertThrows(AccessDeniedException.class, () -> rt.villagers().addVillage("新村"));
        assertEquals(auditBefore, auditRows(), "a refused call writes nothing");
    }

    @Test
    void anOperatorDoesCounterWork() {
        TestStation.actAs(rt, Role.OPERATOR);
        assertDoesNotThrow(() -> rt.villagers().create(new VillagerDraft("扎西", "13800138000", null, null, null, null, true, true), false));
        assertEquals(1, rt.villagers().find("8000", 10).size());
    }

    @Test
    void aManagerEditsVillagesButNotStaff() {
        TestStation.actAs(rt, Role.MANAGER);
        assertDoesNotThrow(() -> rt.villagers().addVillage("达雄村"));
        assertThrows(AccessDeniedException.class, () -> rt.staff().list());
    }

    @Test
    void nobodySignedInCanDoNothing() {
        rt.session().signOut();
        var e = assertThrows(AccessDeniedException.class, () -> rt.villagers().find("扎西", 10));
        assertEquals("error.access.notSignedIn", e.messageKey());
    }

    @Test
    void theRefusalSaysWhoAndWhat() {
        TestStation.actAs(rt, Role.OPERATOR);
        var e = assertThrows(AccessDeniedException.class, () -> rt.staff().list());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("operator"), e.getMessage());
    }

    private long auditRows() {
        return rt.database().transactions().read(() -> rt.database().jdbc().queryLong("SELECT COUNT(*) FROM audit_log"));
    }
}
