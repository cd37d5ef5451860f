package org.skyroad.station.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;

/** A manager co-signs a close at the operator's counter by typing their own name and password. */
class CashCountersignTest {

    static final String PASSWORD = "counter-123";

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));
    StationRuntime rt;

    @BeforeEach
    void open() {
        rt = TestStation.initialized(dir, clock);
        rt.staff().add("dolkar", "Dolkar", Role.MANAGER, PASSWORD.toCharArray());
        rt.staff().add("tenzin", "Tenzin", Role.OPERATOR, PASSWORD.toCharArray());
        rt.staff().add("pema", "Pema", Role.OPERATOR, PASSWORD.toCharArray());
        rt.staff().signIn("tenzin", PASSWORD.toCharArray());
        rt.cash().record(CashMovementKind.FLOAT_IN, Money.parse("200.00"), "change for the day", null, null);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private Countersignature manager(String name, String password) {
        return rt.staff().countersign(name, password.toCharArray(), Permission.CORRECTIONS);
    }

    @Test
    void aCloseOverTheThresholdIsSignedAtOnceWithTheManagersCountersignature() {
        DailyClose c = rt.cash().close(CashCount.ofTotal(Money.parse("120.00")), "a note went missing",
                manager("dolkar", PASSWORD));
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals("tenzin", c.operatorName());
        assertEquals("dolkar", c.managerName());
        assertEquals("tenzin", rt.session().actor().orElseThrow().username(), "the operator stays signed in");
    }

    @Test
    void withoutTheManagerACloseOverTheThresholdWaits() {
        DailyClose c = rt.cash().close(CashCount.ofTotal(Money.parse("120.00")), "a note went missing", null);
        assertEquals(DailyClose.Status.AWAITING_MANAGER, c.status());
        assertNull(c.managerName());
        DailyClose signed = rt.cash().cosign(c.id(), c.version(), manager("dolkar", PASSWORD));
        assertEquals(DailyClose.Status.SIGNED, signed.status());
        assertEquals("dolkar", signed.managerName());
    }

    @Test
    void aWrongManagerPasswordIsRefusedAndCountsTowardsTheLock() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> manager("dolkar", "wrong-pass"));
        assertEquals("error.signin.wrong", e.messageKey());
        var dolkar = rt.session().actor().orElseThrow();
        assertEquals("tenzin", dolkar.username(), "a refused countersignature signs no one in or out");
        TestStation.actAs(rt, Role.ADMIN);
        int failed = rt.staff().list().stream().filter(m -> m.username().value().equals("dolkar")).findFirst()
                .orElseThrow().failedAttempts();
        assertEquals(1, failed);
    }

    @Test
    void anOperatorCannotCountersignAsAManager() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> manager("pema", PASSWORD));
        assertEquals("error.countersign.notAllowed", e.messageKey());
    }

    @Test
    void aManagerDoesNotCountersignTheirOwnClose() {
        rt.staff().signIn("dolkar", PASSWORD.toCharArray());
        Countersignature self = manager("dolkar", PASSWORD);
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> rt.cash().close(CashCount.ofTotal(Money.parse("120.00")), "short", self));
        assertEquals("error.cash.cosignOwnClose", e.messageKey());
    }
}
